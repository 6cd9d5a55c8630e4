/**
 * The report as one self-contained HTML file
 *
 * Renders a presented `ReportModel` into HTML with inline styles and an inline SVG map: no scripts,
 * no fonts or images fetched from anywhere, printable on A4 (each section starts a page). The
 * table of contents shows page numbers when the PDF renderer passes them in.
 */
import { factorMeaning, ROLE_MEANINGS } from '../analysis/index.js';
import { limitationsOf as campaignLimitations } from '../campaign/index.js';
import { xmlEscape as esc } from './export-gexf.js';
import { renderGroupMap } from './group-map.js';
import { createFormatter, type Formatter } from './locale.js';
import { mainFindings, toneOf } from './report-findings.js';
import { fill, reportText, SECTION_IDS, type ReportText, type SectionId } from './report-text.js';
import type { PersonRef, ReportGroup, ReportModel, StanceEntry, TopicShare } from './report-types.js';
import { REPORT_CSS } from './report-style.js';

export interface RenderOptions {
  /** Page number of each section (from the PDF renderer's measuring pass). */
  readonly pages?: Partial<Record<SectionId, number>>;
}

interface Ctx {
  readonly m: ReportModel;
  readonly t: ReportText;
  readonly f: Formatter;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  return [
    `<table${cls ? ` class="${cls}"` : ''}><thead><tr>`,
    ...head.map((h) => `<th>${esc(h)}</th>`),
    '</tr></thead><tbody>',
    ...rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`),
    '</tbody></table>',
  ].join('');
}

function personName(p: PersonRef): string {
  return `<span class="person">${esc(p.label)}</span>`;
}

function personList(people: readonly PersonRef[], t: ReportText): string {
  if (people.length === 0) return `<p>${t.none}</p>`;
  return `<p class="people">${people
    .map((p) => `${personName(p)}${p.department ? ` <span class="muted">(${esc(p.department)})</span>` : ''}`)
    .join('; ')}</p>`;
}

function bar(share: number, colour = '#0072B2'): string {
  const w = Math.max(0, Math.min(100, share * 100)).toFixed(1);
  return `<span class="bar"><span style="width:${w}%;background:${colour}"></span></span>`;
}

function topicCell(topics: readonly TopicShare[], c: Ctx): string {
  if (topics.length === 0) return c.t.none;
  return topics.map((x) => `${esc(c.m.names.topics[x.topic] ?? x.topic)} ${c.f.pct(x.share)}`).join('<br>');
}

function stanceCell(stance: readonly StanceEntry[], c: Ctx): string {
  if (stance.length === 0) return c.t.none;
  return stance
    .map(
      (s) =>
        `${esc(c.m.names.targets[s.target] ?? s.target)}: ${toneOf(s.score, c.t)} (${c.f.num(s.score, 2)}, ${c.f.count(s.mentions, c.t.nouns.mention)})`,
    )
    .join('<br>');
}

function section(id: SectionId, index: number, c: Ctx, body: string): string {
  return `<section class="sec" id="s-${id}"><h2>${index + 1}. ${esc(c.t.sections[id])}</h2>\n${body}\n</section>`;
}

function cover(c: Ctx): string {
  const { m, t, f } = c;
  const p = m.scope.period;
  return [
    '<header class="cover">',
    `<p class="kicker">${esc(t.subtitle)}</p>`,
    `<h1>${esc(t.title)}</h1>`,
    `<p class="org">${esc(m.scope.orgName)}</p>`,
    `<p>${esc(t.period)}: ${p ? esc(f.range(p.from, p.to)) : esc(t.noPeriod)}</p>`,
    `<p>${esc(t.generated)}: ${esc(f.date(m.generatedAt))}</p>`,
    `<p class="edition">${esc(m.identified ? t.identifiedEdition : t.pseudonymous)}</p>`,
    '</header>',
  ].join('\n');
}

function toc(c: Ctx, pages: RenderOptions['pages']): string {
  const items = SECTION_IDS.map((id, i) => {
    const page = pages?.[id];
    return `<li><a href="#s-${id}"><span>${i + 1}. ${esc(c.t.sections[id])}</span>${page !== undefined ? `<span class="pg">${page}</span>` : ''}</a></li>`;
  });
  return `<nav class="toc"><h2>${esc(c.t.contents)}</h2><ol>${items.join('')}</ol></nav>`;
}

function summary(c: Ctx): string {
  const { m, t, f } = c;
  const sources = table(
    [t.source, t.format, t.channel, t.messagesCol],
    m.scope.sources.map((s) => [
      esc(s.source),
      esc(s.format),
      esc(t.channels[s.channel] ?? s.channel),
      f.num(s.messages),
    ]),
    'num-last',
  );
  return [
    `<h3>${esc(t.mainFindings)}</h3>`,
    `<ol class="findings">${mainFindings(m, t, f)
      .map((s) => `<li>${esc(s)}</li>`)
      .join('')}</ol>`,
    `<h3>${esc(t.whatAnalysed)}</h3>`,
    sources,
    `<h3>${esc(t.orgTopics)}</h3>`,
    m.topics.length
      ? table(
          [t.topicMix, ''],
          m.topics
            .slice(0, 10)
            .map((x) => [
              esc(m.names.topics[x.topic] ?? x.topic),
              `${bar(x.share / (m.topics[0]?.share || 1))} ${f.pct(x.share)}`,
            ]),
          'bars',
        )
      : `<p>${t.none}</p>`,
  ].join('\n');
}

function map(c: Ctx): string {
  const { m, t } = c;
  const svg = renderGroupMap(
    m.groups.map((g) => ({
      id: g.id,
      size: g.size,
      caption: `${t.groupShort}${g.id} · ${g.size}`,
      keywords: g.keywords,
    })),
    m.links,
    { title: t.mapTitle },
  );
  const withheld =
    m.smallGroups > 0
      ? ` ${fill(t.smallGroupsWithheld, { n: m.smallGroups, k: m.privacy.minGroupSize })}`
      : '';
  return `<figure class="map">${svg}<figcaption>${esc(fill(t.mapCaption, { k: m.privacy.minGroupSize }))}${esc(withheld)}</figcaption></figure>`;
}

function groupRow(g: ReportGroup, c: Ctx): string[] {
  const { t, f } = c;
  const depts = [
    ...g.departments.map((d) => `${esc(d.name === '—' ? t.noDepartment : d.name)} ${f.num(d.count)}`),
    ...(g.otherDepartments > 0 ? [`${esc(t.otherDepartments)} ${f.num(g.otherDepartments)}`] : []),
  ].join('<br>');
  return [
    `<b>${t.groupShort}${g.id}</b><br>${f.count(g.size, t.nouns.person)}`,
    esc(g.keywords.slice(0, 6).join(', ')) || t.none,
    topicCell(g.topics, c),
    stanceCell(g.stance, c),
    depts || t.none,
    g.leaders.map(personName).join('<br>') || t.none,
  ];
}

function groups(c: Ctx): string {
  const { m, t } = c;
  const rows = m.groups.map((g) => groupRow(g, c));
  const withheld =
    m.smallGroups > 0
      ? `<p class="muted">${esc(fill(t.smallGroupsWithheld, { n: m.smallGroups, k: m.privacy.minGroupSize }))}</p>`
      : '';
  return (
    table([t.group, t.keywords, t.topicMix, t.stance, t.departments, t.groupLeaders], rows, 'groups') +
    withheld
  );
}

function leaders(c: Ctx): string {
  const { m, t, f } = c;
  const rows = m.leaders.map((l) => [
    f.num(l.rank),
    `<b>${personName(l)}</b>`,
    esc(l.department ?? t.none),
    `${t.groupShort}${l.group}`,
    esc(l.role ? (ROLE_MEANINGS[l.role]?.[m.lang] ?? l.role) : t.none),
    l.reasons
      .map(
        (r) =>
          `${esc(factorMeaning(r.factor, m.lang))} <span class="muted">p${Math.round(r.percentile)}</span>`,
      )
      .join('<br>'),
    l.formalRank !== null ? f.num(l.formalRank) : t.none,
  ]);
  const parts = [
    `<p>${esc(t.leadersIntro)}</p>`,
    table([t.rank, t.person, t.department, t.group, t.role, t.why, t.formalRank], rows, 'leaders'),
  ];
  const n = m.nominal;
  if (n) {
    parts.push(
      `<h3>${esc(t.nominalTitle)}</h3>`,
      `<p>${esc(fill(t.nominalText, { k: n.k, both: n.both, r: f.num(n.rankCorrelation, 2) }))}</p>`,
      `<h4>${esc(t.actualOnly)}</h4>`,
      personList(n.actualOnly, t),
      `<h4>${esc(t.formalOnly)}</h4>`,
      personList(n.formalOnly, t),
    );
  }
  return parts.join('\n');
}

function change(c: Ctx): string {
  const { m, t, f } = c;
  const ch = m.change;
  if (!ch) return `<p>${esc(t.noChange)}</p>`;
  // Change spans are half-open [from, to): show the last day they include.
  const span = (s: { from: number; to: number }) => f.range(s.from, s.to - 1);
  const basis = fill(ch.basis === 'months' ? t.changeBasisMonths : t.changeBasisPeriod, {
    current: span(ch.current),
    previous: span(ch.previous),
  });
  const rows = [
    [t.people, f.num(ch.before.people), f.num(ch.after.people)],
    [t.ties, f.num(ch.before.ties), f.num(ch.after.ties)],
    [t.groups, f.num(ch.before.groups), f.num(ch.after.groups)],
    [t.modularity, f.num(ch.before.modularity, 3), f.num(ch.after.modularity, 3)],
  ].map((r) => r.map((x) => esc(x)));
  const parts = [
    `<p>${esc(basis)}</p>`,
    table([t.measure, t.before, t.after], rows, 'num'),
    ch.nmi !== null ? `<p>${esc(fill(t.groupAgreement, { nmi: f.num(ch.nmi, 2) }))}</p>` : '',
    `<p>${esc(fill(t.stayed, { n: ch.stayed, k: ch.k }))}</p>`,
    `<h4>${esc(fill(t.entered, { k: ch.k }))}</h4>`,
    personList(ch.entered, t),
    `<h4>${esc(fill(t.left, { k: ch.k }))}</h4>`,
    personList(ch.left, t),
  ];
  if (ch.groupEvents.length > 0) {
    const sizes = (list: readonly number[]) =>
      list.length ? list.map((n) => f.count(n, t.nouns.person)).join(' + ') : '∅';
    parts.push(
      `<h4>${esc(t.groupEvents)}</h4>`,
      `<ul>${ch.groupEvents
        .map((e) => `<li>${esc(t.event[e.kind])}: ${esc(sizes(e.from))} → ${esc(sizes(e.to))}</li>`)
        .join('')}</ul>`,
    );
  }
  return parts.join('\n');
}

function campaigns(c: Ctx): string {
  const { m, t, f } = c;
  const { plan, evaluation } = m.campaign;
  if (!plan) return `<p>${esc(t.noPlan)}</p>`;
  const parts = [
    `<h3>${esc(t.planTitle)}</h3>`,
    `<p>${esc(fill(t.planText, { k: f.count(plan.k, t.nouns.ambassador) }))}</p>`,
    table(
      [t.strategy, t.expectedReach],
      plan.comparison.map((s) => [
        esc(t.strategies[s.strategy] ?? s.strategy),
        `${bar(s.mean / Math.max(1, ...plan.comparison.map((x) => x.high)))} ${f.num(s.mean)} [${f.num(s.low)}–${f.num(s.high)}]`,
      ]),
      'bars',
    ),
  ];
  if (plan.holdoutShare !== null)
    parts.push(`<p>${esc(fill(t.holdout, { share: f.pct(plan.holdoutShare) }))}</p>`);
  parts.push(
    `<h4>${esc(t.ambassadors)}</h4>`,
    table(
      [t.order, t.person, t.department, t.group],
      plan.ambassadors.map((a) => [
        f.num(a.order),
        personName(a),
        esc(a.department ?? t.none),
        a.group !== null ? `${t.groupShort}${a.group}` : t.none,
      ]),
    ),
  );
  parts.push(`<h3>${esc(t.evalTitle)}</h3>`);
  if (!evaluation) {
    parts.push(`<p>${esc(t.noEvaluation)}</p>`);
    return parts.join('\n');
  }
  parts.push(
    `<p>${esc(
      fill(t.evalText, {
        participants: f.num(evaluation.participants),
        population: f.num(evaluation.population),
        rate: f.pct(evaluation.rate.mean, 1),
        low: f.pct(evaluation.rate.low, 1),
        high: f.pct(evaluation.rate.high, 1),
      }),
    )}</p>`,
    ...evaluation.uplift.map(
      (u) =>
        `<p>${esc(
          fill(t.upliftText, {
            against: t.against[u.against] ?? u.against,
            ratio: f.num(u.ratio.mean, 2),
            low: f.num(u.ratio.low, 2),
            high: f.num(u.ratio.high, 2),
            treated: f.pct(u.treatedRate, 1),
            comparison: f.pct(u.comparisonRate, 1),
          }),
        )}</p>`,
    ),
  );
  if (evaluation.exposure.length > 0)
    parts.push(
      `<h4>${esc(t.exposureTitle)}</h4>`,
      table(
        [t.distance, t.people, t.rate],
        evaluation.exposure.map((e) => [esc(e.key), f.num(e.people), `${bar(e.rate)} ${f.pct(e.rate, 1)}`]),
        'bars',
      ),
    );
  return parts.join('\n');
}

function method(c: Ctx): string {
  const { m, t, f } = c;
  const items: string[] = [];
  for (const l of m.limitations) {
    if (l.kind === 'channels')
      items.push(
        fill(t.limitation.channels, { channels: l.present.map((x) => t.channels[x] ?? x).join(', ') }),
      );
    else if (l.kind === 'unresolved') items.push(fill(t.limitation.unresolved, { n: f.num(l.identifiers) }));
    else if (l.kind === 'short-period')
      items.push(fill(t.limitation.shortPeriod, { days: f.count(l.days, t.nouns.day) }));
    else if (l.kind === 'no-text') items.push(t.limitation.noText);
    else if (l.kind === 'no-directory-hierarchy') items.push(t.limitation.noHierarchy);
  }
  const campaign = m.limitations.find((l) => l.kind === 'campaign');
  const parts = [
    ...t.methodText.map((p) => `<p>${esc(p)}</p>`),
    `<h3>${esc(t.limitationsTitle)}</h3>`,
    `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`,
  ];
  if (campaign?.kind === 'campaign') {
    const sentences = campaignLimitations(
      {
        hasHoldout: campaign.hasHoldout,
        hasEarlier: campaign.hasEarlier,
        matching: { rows: campaign.rows, unmatchedRows: campaign.unmatched },
      },
      m.lang,
    );
    parts.push(
      `<h4>${esc(t.campaignLimitations)}</h4>`,
      `<ul>${sentences.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`,
    );
  }
  return parts.join('\n');
}

function privacy(c: Ctx): string {
  const { m, t, f } = c;
  const p = m.privacy;
  const pt = t.privacyText;
  const rows: [string, string][] = [
    [pt.purpose, esc(p.purpose)],
    [pt.legalBasis, p.legalBasis.trim() ? esc(p.legalBasis) : `<b>${esc(pt.notRecorded)}</b>`],
    [pt.pseudonymization, esc(p.pseudonymize ? pt.pseudoOn : pt.pseudoOff)],
    [pt.edition, esc(m.identified ? pt.editionIdentified : pt.editionPseudo)],
    [pt.minGroup, esc(fill(pt.minGroupText, { k: p.minGroupSize }))],
    [
      pt.retention,
      esc(
        [
          p.retainText ? pt.textKept : pt.textNotKept,
          p.retentionDays !== null
            ? fill(pt.retentionDays, { days: p.retentionDays })
            : pt.retentionUnlimited,
        ].join('; '),
      ),
    ],
    [pt.optOut, esc(fill(pt.optOutText, { n: p.optOutEntries }))],
    [pt.audit, esc(fill(p.auditChainOk ? pt.auditOk : pt.auditBroken, { n: f.num(p.auditEntries) }))],
  ];
  return [
    `<table class="kv">${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`).join('')}</table>`,
    `<h3>${esc(pt.accessTitle)}</h3>`,
    table(
      [pt.actor, pt.action, pt.times, pt.last],
      p.access.map((a) => [
        esc(a.actor),
        esc(a.action),
        f.num(a.count),
        esc(f.shortDate(Date.parse(a.last))),
      ]),
    ),
    `<p class="muted">${esc(pt.accessNote)}</p>`,
  ].join('\n');
}

const SECTIONS: Record<SectionId, (c: Ctx) => string> = {
  summary,
  map,
  groups,
  leaders,
  change,
  campaigns,
  method,
  privacy,
};

/** The whole report as one HTML document. */
export function renderReportHtml(model: ReportModel, options: RenderOptions = {}): string {
  const c: Ctx = { m: model, t: reportText(model.lang), f: createFormatter(model.lang) };
  const body = SECTION_IDS.map((id, i) => section(id, i, c, SECTIONS[id](c)));
  return [
    '<!doctype html>',
    `<html lang="${model.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(c.t.title)} — ${esc(model.scope.orgName)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    cover(c),
    toc(c, options.pages),
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
