/**
 * People routes (analyst and admin): the person-level list with metrics, and one person's profile
 * with their strongest ties, and their communication map (contacts, spheres, topics, stance, weekly
 * rhythm, change between periods). People are addressed by pseudonym; an admin asking
 * `identified=true` may also use directory ids. Every read is audited.
 */
import { z } from 'zod';
import { NotFoundError } from '../../shared/errors.js';
import type { AnalysisView } from '../analysis-data.js';
import { personRow, personRows, shownGroups } from '../person-rows.js';
import { safePersonMap } from '../person-map-view.js';
import { identifiedFlag, outputMode, pagingSchema, presentFor, runInfo } from '../present.js';
import type { AnyRouteDef, HandlerContext, ServerServices } from '../types.js';

const listQuery = z.object({
  ...pagingSchema,
  community: z.coerce.number().int().min(0).optional(),
  department: z.string().min(1).max(200).optional(),
  identified: identifiedFlag,
});
const personParams = z.object({ id: z.string().min(1).max(100) });
const personQuery = z.object({
  identified: identifiedFlag,
  ties: z.coerce.number().int().min(0).max(100).default(20),
});
const mapQuery = z.object({ identified: identifiedFlag });
const MAX_TIES = 100;

async function list(ctx: HandlerContext<z.infer<typeof listQuery>, unknown, unknown>) {
  const { limit, offset, community, department, identified: requested } = ctx.query;
  const view = await ctx.services.data.view();
  const identified = outputMode(ctx, requested, 'people');
  const out = presentFor(ctx, view, 'people:analyst', identified, () =>
    personRows(view, ctx.services.policy(), 'analyst'),
  );
  const rows = out.data.filter(
    (r) =>
      (community === undefined || r.community === community) && (!department || r.department === department),
  );
  ctx.audit('read-people', 'people', { limit, offset, community, department, identified });
  return { run: runInfo(view), total: rows.length, items: rows.slice(offset, offset + limit), identified };
}

function resolvePerson(view: AnalysisView, id: string, identified: boolean) {
  const personId = view.byPseudonym.get(id) ?? (identified ? id : undefined);
  const person = personId === undefined ? undefined : view.personById.get(personId);
  if (!person) throw new NotFoundError(`server/people: no person ${id}`);
  return person;
}

function strongestTies(view: AnalysisView, personId: string, n: number) {
  const ties = view.edges.filter((e) => e.source === personId || e.target === personId);
  return ties.sort((a, b) => b.weight - a.weight).slice(0, Math.min(n, MAX_TIES));
}

async function detail(
  ctx: HandlerContext<z.infer<typeof personQuery>, z.infer<typeof personParams>, unknown>,
) {
  const view = await ctx.services.data.view();
  const identified = outputMode(ctx, ctx.query.identified, `person:${ctx.params.id}`);
  const person = resolvePerson(view, ctx.params.id, identified);
  const policy = ctx.services.policy();
  const dirPerson = view.directory.people.get(person.id);
  const profile = {
    ...personRow(person, 'analyst', shownGroups(view, policy)),
    ...(identified && dirPerson ? { identifiers: view.directory.identifiers.get(person.id) ?? [] } : {}),
    ties: strongestTies(view, person.id, ctx.query.ties),
  };
  const out = policy.presentOutput(profile, { directory: view.directory, identified });
  ctx.audit('read-person', policy.pseudonym(person.id), { identified });
  return { run: runInfo(view), person: out.data, identified };
}

async function personMap(
  ctx: HandlerContext<z.infer<typeof mapQuery>, z.infer<typeof personParams>, unknown>,
) {
  const view = await ctx.services.data.view();
  const identified = outputMode(ctx, ctx.query.identified, `person-map:${ctx.params.id}`);
  const person = resolvePerson(view, ctx.params.id, identified);
  const policy = ctx.services.policy();
  const map = await safePersonMap(ctx.services.workspace.store, view, person, policy.config.minGroupSize);
  const out = policy.presentOutput(map, { directory: view.directory, identified });
  ctx.audit('read-person-map', policy.pseudonym(person.id), { identified });
  return { run: runInfo(view), ...out.data, identified };
}

async function firstPseudonym(services: ServerServices): Promise<string> {
  const view = await services.data.view();
  return services.policy().pseudonym(view.persons[0]?.id ?? '');
}

export const peopleRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/people',
    access: 'analyst',
    summary: 'Person-level results with metrics (pseudonymous)',
    tags: ['people'],
    query: listQuery,
    example: { query: { limit: '5' } },
    handler: list,
  },
  {
    method: 'GET',
    url: '/api/people/:id',
    access: 'analyst',
    summary: "One person's profile and strongest ties, by pseudonym",
    tags: ['people'],
    params: personParams,
    query: personQuery,
    example: async (services) => ({ params: { id: await firstPseudonym(services) } }),
    handler: detail,
  },
  {
    method: 'GET',
    url: '/api/people/:id/map',
    access: 'analyst',
    summary: "One person's communication map: contacts, spheres, topics, stance, rhythm 7×24, change",
    tags: ['people'],
    params: personParams,
    query: mapQuery,
    example: async (services) => ({ params: { id: await firstPseudonym(services) } }),
    handler: personMap,
  },
];
