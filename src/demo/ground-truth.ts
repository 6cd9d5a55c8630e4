/**
 * Ground truth
 *
 * What was planted, for scoring the analysis: informal leaders, formal hubs (people whose job is to
 * broadcast), mailing lists, interest groups, departments, and the planted change if any.
 */
import { localDate } from './calendar.js';
import type { DemoModel, GroundTruth } from './types.js';

/** The ground truth of a model. */
export function buildGroundTruth(model: DemoModel): GroundTruth {
  const { org } = model;
  const lists = [
    `all@${org.domain}`,
    ...org.departments.map((d) => d.list),
    ...org.groups.flatMap((g) => (g.list ? [g.list] : [])),
  ];
  const truth: GroundTruth = {
    seed: model.options.seed,
    people: org.people.length,
    period: { from: localDate(model.start), to: localDate(model.end - 1) },
    leaders: org.people.filter((p) => p.isLeader).map((p) => p.id),
    formalHubs: org.people.filter((p) => p.hub !== undefined).map((p) => p.id),
    noisy: org.people.filter((p) => p.isNoisy).map((p) => p.id),
    organizers: org.people.filter((p) => p.isOrganizer).map((p) => p.id),
    lists,
    groups: org.groups.map((g) => ({
      id: g.id,
      name: g.name,
      ...(g.list ? { list: g.list } : {}),
      members: [...g.members].sort(),
    })),
    departments: org.departments.map((d) => ({
      id: d.id,
      name: d.name,
      head: d.head,
      members: [...d.members],
    })),
  };
  return model.change ? { ...truth, change: model.change } : truth;
}

/** The ground truth as pretty JSON text. */
export function renderGroundTruth(model: DemoModel): string {
  return `${JSON.stringify(buildGroundTruth(model), null, 2)}\n`;
}
