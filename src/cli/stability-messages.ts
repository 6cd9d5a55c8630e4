/**
 * CLI messages of the stability, fairness and nominations commands
 *
 * Same pattern as messages.ts (English and Russian, `{name}` placeholders), kept in its own file so
 * these commands' sentences sit together.
 */
import { cliLang, type Lang } from './messages.js';

const EN = {
  stabilityTitle: 'Stability of the top {k} (analysis settings of the latest run, community seed {seed})',
  stabilityVariantsTitle: 'Changes of the tie definition (communities detected anew):',
  stabilityVariantLine: '  {name}  Jaccard {jaccard}  ({dropped} of {k} leaders drop out)',
  stabilityVariantsSummary: '  tie definition: Jaccard mean {mean}, min {min}',
  stabilityBootstrap:
    'Bootstrap, {b} resamples of messages (communities kept fixed): Jaccard mean {mean}, min {min}',
  stabilityCounts: 'Leaders: {solid} solid (≥ 80%), {likely} likely (≥ 50%), {uncertain} uncertain',
  stabilityPersonLine:
    '{rank}. {label}  {class}  variants {variants}  resamples {resamples}  rank {median} ({low}–{high})',
  stabilityContenders: 'Outside the top {k} but in it at least half of the time:',
  stabilityClass_solid: 'solid',
  stabilityClass_likely: 'likely',
  stabilityClass_uncertain: 'uncertain',
  fairnessTitle:
    'Spread of the top {k} staff over the directory (staff {staff}; categories under {min} people merged into "other")',
  fairnessDimension: '{dimension}:',
  fairnessLine:
    '  {category}  staff {staff} ({staffShare})  leaders {leaders} ({leaderShare})  ratio {ratio}{flag}',
  fairnessOver: '  ▲ over-represented (p = {p})',
  fairnessUnder: '  ▼ under-represented (p = {p})',
  fairnessAbsent: 'not in the directory: {dimensions}',
  fairnessExternals: '{n} external contacts ranked among them were left out',
  dimension_department: 'department',
  dimension_position: 'position',
  dimension_level: 'formal level (0 = head)',
  dimension_sex: 'sex',
  nominationsImported:
    '{file}: {rows} rows, {nominations} nominations from {respondents} respondents; added {added}, already stored {duplicates}, skipped {skipped}',
  nominationsSkipped: '  skipped ({reason}): {count}, e.g. {example}',
  nominationsTitle:
    'Survey: {nominations} nominations by {respondents} respondents ({rate} of {staff} staff) naming {nominees} people',
  nominationsQuestion: '  "{question}": {nominations}',
  nominationsTop: 'Most nominated (top {k}):',
  nominationsLine: '{rank}. {label}  named by {nominations}  computed rank {computed}',
  nominationsOverlap:
    'Overlap with the computed top {k}: Jaccard {jaccard}, precision {precision}, recall {recall}; Spearman rank correlation {rho}',
  nominationsNone:
    'no nominations stored: import a survey with `sociogram nominations import --workspace {dir} FILE`',
  blendedTitle: 'Top {n} leaders, blended with nominations (weight {w})',
  blendedLine:
    '{rank}. {label}  blended {blended}  (computed p{computed}, nominated p{nominated}, named by {nominations})',
};

const RU: typeof EN = {
  stabilityTitle: 'Устойчивость топ-{k} (настройки последнего анализа, зерно групп {seed})',
  stabilityVariantsTitle: 'Изменения определения связи (группы выделяются заново):',
  stabilityVariantLine: '  {name}  Жаккар {jaccard}  (выпадают {dropped} из {k} лидеров)',
  stabilityVariantsSummary: '  определение связи: Жаккар в среднем {mean}, минимум {min}',
  stabilityBootstrap:
    'Бутстрэп, {b} перевыборок сообщений (группы зафиксированы): Жаккар в среднем {mean}, минимум {min}',
  stabilityCounts: 'Лидеры: {solid} надёжных (≥ 80%), {likely} вероятных (≥ 50%), {uncertain} сомнительных',
  stabilityPersonLine:
    '{rank}. {label}  {class}  варианты {variants}  перевыборки {resamples}  место {median} ({low}–{high})',
  stabilityContenders: 'Вне топ-{k}, но в нём не реже чем в половине случаев:',
  stabilityClass_solid: 'надёжный',
  stabilityClass_likely: 'вероятный',
  stabilityClass_uncertain: 'сомнительный',
  fairnessTitle:
    'Распределение топ-{k} сотрудников по справочнику (всего сотрудников {staff}; категории меньше {min} человек объединены в «other»)',
  fairnessDimension: '{dimension}:',
  fairnessLine:
    '  {category}  сотрудников {staff} ({staffShare})  лидеров {leaders} ({leaderShare})  отношение {ratio}{flag}',
  fairnessOver: '  ▲ представлены сверх доли (p = {p})',
  fairnessUnder: '  ▼ представлены меньше доли (p = {p})',
  fairnessAbsent: 'нет в справочнике: {dimensions}',
  fairnessExternals: 'внешних контактов среди них не учтено: {n}',
  dimension_department: 'подразделение',
  dimension_position: 'должность',
  dimension_level: 'уровень иерархии (0 = руководитель)',
  dimension_sex: 'пол',
  nominationsImported:
    '{file}: строк {rows}, номинаций {nominations} от {respondents} респондентов; добавлено {added}, уже было {duplicates}, пропущено {skipped}',
  nominationsSkipped: '  пропущено ({reason}): {count}, например {example}',
  nominationsTitle:
    'Опрос: {nominations} номинаций от {respondents} респондентов ({rate} из {staff} сотрудников), названо {nominees} человек',
  nominationsQuestion: '  «{question}»: {nominations}',
  nominationsTop: 'Чаще всего названы (топ-{k}):',
  nominationsLine: '{rank}. {label}  назвали {nominations}  место по расчёту {computed}',
  nominationsOverlap:
    'Совпадение с расчётным топ-{k}: Жаккар {jaccard}, точность {precision}, полнота {recall}; ранговая корреляция Спирмена {rho}',
  nominationsNone:
    'номинаций нет: загрузите опрос командой `sociogram nominations import --workspace {dir} ФАЙЛ`',
  blendedTitle: 'Топ-{n} лидеров с учётом номинаций (вес {w})',
  blendedLine:
    '{rank}. {label}  итог {blended}  (расчёт p{computed}, номинации p{nominated}, назвали {nominations})',
};

export type StabilityMessageKey = keyof typeof EN;

/** Formats one of these commands' messages. */
export function ts(
  key: StabilityMessageKey,
  params: Record<string, string | number> = {},
  lang: Lang = cliLang(),
): string {
  const template = (lang === 'ru' ? RU : EN)[key];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** The `--lang` flag, or the environment's language. */
export function resolveLang(flag: string | undefined): Lang {
  return flag === 'ru' || flag === 'en' ? flag : cliLang();
}
