/**
 * The main findings in plain language
 *
 * Five sentences a head of administration reads first: what was analysed, how the organization
 * splits into groups, who the actual leaders are against the formal ones, what people talk about and
 * how they stand, and what a campaign did (or would do). Written from the presented model only, so
 * names appear exactly as the privacy policy allows.
 */
import type { Formatter } from './locale.js';
import type { ReportModel } from './report-types.js';
import { fill, type ReportText } from './report-text.js';

const TONE_THRESHOLD = 0.1;

function channelList(model: ReportModel, text: ReportText): string {
  return model.scope.channels.map((c) => text.channels[c.channel] ?? c.channel).join(', ');
}

function scopeSentence(model: ReportModel, text: ReportText, f: Formatter): string {
  const n = text.nouns;
  const p = model.scope.period;
  return fill(text.findings.scope, {
    messages: f.count(model.scope.messages, n.message),
    sources: f.count(model.scope.sources.length, n.source),
    channels: channelList(model, text),
    period: p ? fill(text.findings.periodText, { from: f.date(p.from), to: f.date(p.to) }) : '',
    people: f.count(model.network.people, n.person),
    ties: f.count(model.network.ties, n.tie),
  }).replace(' :', ':');
}

function groupSentence(model: ReportModel, text: ReportText, f: Formatter): string {
  const first = fill(text.findings.groups, {
    groups: f.count(model.network.groups, text.nouns.group),
    q: f.num(model.network.modularity, 2),
  });
  const largest = model.groups[0];
  if (!largest || largest.keywords.length === 0) return first;
  return (
    first +
    fill(text.findings.largest, {
      id: largest.id,
      size: f.count(largest.size, text.nouns.person),
      keywords: largest.keywords.slice(0, 3).join(', '),
    })
  );
}

function leaderSentence(model: ReportModel, text: ReportText, f: Formatter): string | null {
  const n = model.nominal;
  if (!n) return null;
  return fill(text.findings.leaders, {
    k: n.k,
    actualOnly: f.count(n.actualOnly.length, text.nouns.person),
    formalOnly: f.num(n.formalOnly.length),
  });
}

/** Organisation-wide stance towards the most discussed target, from the groups' stance. */
function overallStance(model: ReportModel): { target: string; score: number; mentions: number } | null {
  const sums = new Map<string, { weighted: number; mentions: number }>();
  for (const g of model.groups)
    for (const s of g.stance) {
      const cur = sums.get(s.target) ?? { weighted: 0, mentions: 0 };
      cur.weighted += s.score * s.mentions;
      cur.mentions += s.mentions;
      sums.set(s.target, cur);
    }
  let best: { target: string; score: number; mentions: number } | null = null;
  for (const [target, v] of sums)
    if (!best || v.mentions > best.mentions)
      best = { target, score: v.weighted / v.mentions, mentions: v.mentions };
  return best;
}

export function toneOf(score: number, text: ReportText): string {
  if (score > TONE_THRESHOLD) return text.positive;
  if (score < -TONE_THRESHOLD) return text.negative;
  return text.neutral;
}

function topicSentence(model: ReportModel, text: ReportText, f: Formatter): string {
  const civic = new Set(model.civicTopics);
  const top = model.topics.find((t) => civic.has(t.topic));
  let out = top
    ? fill(text.findings.topic, {
        topic: model.names.topics[top.topic] ?? top.topic,
        share: f.pct(top.share),
      })
    : text.findings.noTopic;
  const stance = overallStance(model);
  if (stance)
    out += fill(text.findings.stance, {
      target: model.names.targets[stance.target] ?? stance.target,
      tone: toneOf(stance.score, text),
      score: f.num(stance.score, 2),
      mentions: f.count(stance.mentions, text.nouns.mention),
    });
  return out;
}

function campaignSentence(model: ReportModel, text: ReportText, f: Formatter): string {
  const { plan, evaluation } = model.campaign;
  const k = plan ? f.count(plan.k, text.nouns.ambassador) : '';
  const uplift = evaluation?.uplift[0];
  if (plan && evaluation && uplift)
    return fill(text.findings.campaignEval, {
      k,
      rate: f.pct(evaluation.rate.mean, 1),
      ratio: f.num(uplift.ratio.mean, 1),
      against: text.against[uplift.against] ?? uplift.against,
      low: f.num(uplift.ratio.low, 1),
      high: f.num(uplift.ratio.high, 1),
    });
  const ours = plan?.comparison.find((c) => c.strategy === 'plan');
  const baseline = plan?.comparison.find((c) => c.strategy !== 'plan');
  if (plan && ours && baseline)
    return fill(text.findings.campaignPlan, {
      k,
      reach: f.num(ours.mean),
      low: f.num(ours.low),
      high: f.num(ours.high),
      baseline: f.num(baseline.mean),
      baselineName: text.strategies[baseline.strategy] ?? baseline.strategy,
    });
  const c = model.change;
  if (c)
    return fill(text.findings.change, {
      k: c.k,
      entered: f.count(c.entered.length, text.nouns.person),
      left: f.count(c.left.length, text.nouns.person),
    });
  return text.findings.noCampaign;
}

/** The summary's main findings (at most five sentences). */
export function mainFindings(model: ReportModel, text: ReportText, f: Formatter): string[] {
  return [
    scopeSentence(model, text, f),
    groupSentence(model, text, f),
    leaderSentence(model, text, f),
    topicSentence(model, text, f),
    campaignSentence(model, text, f),
  ].filter((s): s is string => s !== null);
}
