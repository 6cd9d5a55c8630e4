/**
 * CLI messages
 *
 * Every user-facing sentence of the CLI, in English and Russian. The language comes from
 * `SOCIOGRAM_LANG` or the locale (`LANG`/`LC_ALL` starting with `ru` → Russian).
 */

export type Lang = 'en' | 'ru';

export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const l = env.SOCIOGRAM_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return l.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

const EN = {
  description: 'Find the people who really move information in an organization.',
  usageError: 'usage error',
  internalError: 'internal error: this is a bug in Sociogram; please report it with the line above',
  ingestSummary: 'read {read}, added {added}, duplicates {duplicates}, skipped {skipped}',
  skippedReason: '  skipped ({reason}): {count}',
  rowByRow: '  {path}: read row by row, not in one pass ({reason})',
  rowByRowParts: '  {path}: {parts} of {of} part(s) read row by row, the rest in one pass ({why})',
  partCause: 'part {part}: {cause}',
  moreParts: '{count} more',
  causeBlankLines: '{count} blank line(s) between records',
  causeLongLine: 'a line longer than the record limit',
  causeUnclosedQuote: 'an unclosed quote at the end',
  causeLoneCr: 'a CR that does not end a line',
  causeMixedLineEnds: 'both CRLF and LF line ends',
  causeResumed: 'resumed inside this part',
  causeOverrun: "a record of part {part} runs past that part's end",
  causeNoBulkLoad: 'the store has no bulk load',
  causeNotAPlainFile: 'not a plain CSV file on disk with a mapping',
  causeNoHeader: 'no header',
  causeOneColumn: 'fewer than two columns',
  causeMissingColumns: 'the mapping names missing columns',
  causeReadBefore: 'the source was read row by row up to its checkpoint',
  causeStoreDeclined: '{detail}',
  identitiesResolved: 'identities: {people} people, {links} addresses/handles, {unresolved} unresolved',
  analysisDone:
    'analysis run {run}: {people} people, {edges} ties, {communities} groups (modularity {modularity})',
  leadersTitle: 'Top {n} informal leaders',
  leaderLine: '{rank}. {label}  score {score}  [{why}]',
  demoGenerated:
    'demo organization: {people} people, {departments} departments; {emails} e-mails, {chat} chat messages, {dlp} DLP events',
  demoPrecision: 'precision@k (k = {k} planted leaders): {precision} ({hits} of {k}); recall {recall}',
  demoHubs: 'formal hubs in the top {k}: {hubs}',
  demoTiming:
    'stage times: generate {generate} s, ingest {ingest} s, analyse {analyse} s, campaign {campaign} s, total {total} s',
  demoReach: 'campaign reach ({strategy}): {reach} people (95% CI {low}–{high})',
  demoUplift: 'demo campaign story: {statement}',
  demoWorkspace: 'workspace: {dir}',
  demoChange:
    'planted change on {date}: leader {leaver} leaves, groups {groups} merge; see `sociogram trends --workspace {dir}`',
  demoLogin:
    'dashboard sign-in: user {user}, password {password} (shown once; add users with `sociogram user add`)',
  exportWritten: 'wrote {format} export to {path}',
  reportWritten: 'wrote the {format} report to {path} ({pages}{seconds} s)',
  reportPages: '{n} pages, ',
  noAnalysis: 'no analysis yet: run `sociogram analyze --workspace {dir}`',
  privacyReportWritten: 'processing record written to {path}',
  privacyPurged:
    'purged: {people} opted-out people, {messages} of their messages; text cleared in {text} messages; {expired} expired messages',
  auditOk: 'audit log: {entries} entries, chain intact',
  auditBroken: 'audit log: chain broken at line {line} of {entries}',
  userAdded: 'user {username} added with role {role}',
  userLine: '{username}  {role}{disabled}',
  passwordPrompt: 'password (at least {min} characters): ',
  serverListening: 'Sociogram API listening on {url} (workspace {dir}); Ctrl+C to stop',
  serverWarning: 'warning: {warning}',
  serverNoUsers:
    'no users yet: create the first admin with `sociogram user add --workspace {dir} --username NAME --role admin`',
  markersWritten: 'copied {count} dictionary files to {dir} (existing files kept)',
  watchStarted: 'watching {sources} every {interval} s; Ctrl+C to stop',
  watchOnce: 'one pass over {sources} (waiting {interval} s for files to settle)',
  watchSettling: 'still changing, read on a later pass: {path}',
  watchIngested:
    '{drops} new or changed drops, {sources} sources: read {read}, added {added}, duplicates {duplicates}, skipped {skipped}',
  watchAnalysed:
    'affected window {from} – {to}; analysis run {run}: {people} people, {edges} ties, {communities} groups',
  watchWindows: 'windows re-analysed: {analysed}; unchanged windows reused: {reused}',
  watchRetrying: 'will retry on the next pass: {error}',
  watchStopping: 'stopping after the current batch…',
  watchNotAnalysed: 'stopped before the analysis: run `sociogram analyze --workspace {dir}`',
  watchStopped: 'watch ended: {passes} passes, {added} messages added, {analyses} analysis runs',
  periodMonth: 'month',
  periodQuarter: 'quarter',
  trendsTitle:
    'Trends by {period} (top {k}): {windows} windows; {analysed} analysed now, {reused} reused from earlier runs, {thin} too thin to analyse',
  trendsWindow:
    '{label}  {messages} messages, {people} people, {groups} groups, modularity {modularity}  [{status}]',
  trendsAnalysed: 'analysed',
  trendsReused: 'reused',
  trendsThin: 'thin: not analysed',
  trendsNoData: 'no messages yet: nothing to compare',
  trendsTransition: '{from} → {to}: groups agree with NMI {nmi} over {common} people active in both',
  trendsRising: '  rising: {list}',
  trendsFading: '  fading: {list}',
  trendsBridges: '  new bridges: {list}',
  trendsGroups: '  groups: {list}',
  trendsNone: '—',
  trendsAlert: '  ! {severity}: {text}',
  trendsNoAlerts: '  no alerts',
  groupCommunity: 'community',
  groupConversation: 'chat',
  eventMerge: 'merge',
  eventSplit: 'split',
  eventBirth: 'new',
  eventDeath: 'gone',
  severityHigh: 'HIGH',
  severityMedium: 'medium',
  windowsDone:
    'analysed by {period}: {windows} windows, {analysed} analysed now, {reused} reused, {thin} thin',
};

const RU: typeof EN = {
  description: 'Находит людей, которые на самом деле распространяют информацию в организации.',
  usageError: 'ошибка в команде',
  internalError: 'внутренняя ошибка: это ошибка Sociogram; пожалуйста, сообщите о ней со строкой выше',
  ingestSummary: 'прочитано {read}, добавлено {added}, дубликатов {duplicates}, пропущено {skipped}',
  skippedReason: '  пропущено ({reason}): {count}',
  rowByRow: '  {path}: прочитан построчно, а не за один проход ({reason})',
  rowByRowParts: '  {path}: частей, прочитанных построчно: {parts} из {of}, остальные за один проход ({why})',
  partCause: 'часть {part}: {cause}',
  moreParts: 'ещё {count}',
  causeBlankLines: 'пустых строк между записями: {count}',
  causeLongLine: 'строка длиннее предела записи',
  causeUnclosedQuote: 'незакрытая кавычка в конце',
  causeLoneCr: 'символ CR не в конце строки',
  causeMixedLineEnds: 'концы строк и CRLF, и LF',
  causeResumed: 'продолжение внутри этой части',
  causeOverrun: 'запись части {part} заходит за конец той части',
  causeNoBulkLoad: 'у хранилища нет загрузки за один проход',
  causeNotAPlainFile: 'не отдельный CSV-файл на диске с сопоставлением столбцов',
  causeNoHeader: 'нет строки заголовка',
  causeOneColumn: 'меньше двух столбцов',
  causeMissingColumns: 'сопоставление называет отсутствующие столбцы',
  causeReadBefore: 'источник уже читался построчно до своей контрольной точки',
  causeStoreDeclined: 'хранилище отказалось читать: {detail}',
  identitiesResolved:
    'идентификация: {people} человек, {links} адресов и учётных записей, {unresolved} не сопоставлено',
  analysisDone:
    'анализ №{run}: {people} человек, {edges} связей, {communities} групп (модулярность {modularity})',
  leadersTitle: 'Топ-{n} неформальных лидеров',
  leaderLine: '{rank}. {label}  балл {score}  [{why}]',
  demoGenerated:
    'демо-организация: {people} сотрудников, {departments} отделов; {emails} писем, {chat} сообщений в чатах, {dlp} событий DLP',
  demoPrecision: 'precision@k (k = {k} заложенных лидеров): {precision} ({hits} из {k}); recall {recall}',
  demoHubs: 'формальных узлов в топ-{k}: {hubs}',
  demoTiming:
    'время этапов: генерация {generate} с, загрузка {ingest} с, анализ {analyse} с, кампания {campaign} с, всего {total} с',
  demoReach: 'охват кампании ({strategy}): {reach} человек (95% ДИ {low}–{high})',
  demoUplift: 'демо-история кампании: {statement}',
  demoWorkspace: 'рабочая папка: {dir}',
  demoChange:
    'заложенное изменение {date}: лидер {leaver} уходит, группы {groups} сливаются; см. `sociogram trends --workspace {dir}`',
  demoLogin:
    'вход в панель: пользователь {user}, пароль {password} (показан один раз; новых пользователей добавляет `sociogram user add`)',
  exportWritten: 'экспорт {format} записан в {path}',
  reportWritten: 'отчёт {format} записан в {path} ({pages}{seconds} с)',
  reportPages: 'страниц: {n}, ',
  noAnalysis: 'анализа ещё нет: выполните `sociogram analyze --workspace {dir}`',
  privacyReportWritten: 'сведения об обработке записаны в {path}',
  privacyPurged:
    'удалено: {people} человек, отказавшихся от обработки, и {messages} их сообщений; тексты очищены в {text} сообщениях; {expired} сообщений с истёкшим сроком хранения',
  auditOk: 'журнал аудита: {entries} записей, цепочка цела',
  auditBroken: 'журнал аудита: цепочка нарушена в строке {line} из {entries}',
  userAdded: 'пользователь {username} добавлен с ролью {role}',
  userLine: '{username}  {role}{disabled}',
  passwordPrompt: 'пароль (не короче {min} символов): ',
  serverListening: 'API Sociogram доступен по адресу {url} (рабочая папка {dir}); Ctrl+C для остановки',
  serverWarning: 'предупреждение: {warning}',
  serverNoUsers:
    'пользователей ещё нет: создайте первого администратора командой `sociogram user add --workspace {dir} --username ИМЯ --role admin`',
  markersWritten: 'скопировано файлов словарей: {count} в {dir} (существующие файлы сохранены)',
  watchStarted: 'наблюдение за {sources} каждые {interval} с; Ctrl+C для остановки',
  watchOnce: 'один проход по {sources} (ждём {interval} с, пока файлы перестанут меняться)',
  watchSettling: 'файл ещё меняется, будет прочитан позже: {path}',
  watchIngested:
    'новых или изменённых поступлений: {drops}, источников: {sources}; прочитано {read}, добавлено {added}, дубликатов {duplicates}, пропущено {skipped}',
  watchAnalysed:
    'затронутый период {from} – {to}; анализ №{run}: {people} человек, {edges} связей, {communities} групп',
  watchWindows: 'пересчитаны окна: {analysed}; без изменений, взяты готовыми: {reused}',
  watchRetrying: 'повторим на следующем проходе: {error}',
  watchStopping: 'останавливаемся после текущей порции…',
  watchNotAnalysed: 'остановлено до анализа: выполните `sociogram analyze --workspace {dir}`',
  watchStopped:
    'наблюдение завершено: проходов {passes}, добавлено сообщений {added}, запусков анализа {analyses}',
  periodMonth: 'месяцам',
  periodQuarter: 'кварталам',
  trendsTitle:
    'Динамика по {period} (топ-{k}): окон {windows}; проанализировано сейчас {analysed}, взято из прошлых запусков {reused}, слишком мало данных в {thin}',
  trendsWindow:
    '{label}  сообщений {messages}, людей {people}, групп {groups}, модулярность {modularity}  [{status}]',
  trendsAnalysed: 'проанализировано',
  trendsReused: 'из прошлого запуска',
  trendsThin: 'мало данных: не анализировалось',
  trendsNoData: 'сообщений ещё нет: сравнивать нечего',
  trendsTransition: '{from} → {to}: совпадение групп NMI {nmi} по {common} людям, активным в обоих',
  trendsRising: '  набирают вес: {list}',
  trendsFading: '  теряют вес: {list}',
  trendsBridges: '  новые мосты: {list}',
  trendsGroups: '  группы: {list}',
  trendsNone: '—',
  trendsAlert: '  ! {severity}: {text}',
  trendsNoAlerts: '  сигналов нет',
  groupCommunity: 'сообщество',
  groupConversation: 'чат',
  eventMerge: 'слияние',
  eventSplit: 'разделение',
  eventBirth: 'появление',
  eventDeath: 'исчезновение',
  severityHigh: 'ВАЖНО',
  severityMedium: 'внимание',
  windowsDone:
    'анализ по {period}: окон {windows}, проанализировано сейчас {analysed}, взято из прошлых запусков {reused}, мало данных {thin}',
};

export type MessageKey = keyof typeof EN;

/** Formats a message with `{name}` placeholders. */
export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
  lang: Lang = cliLang(),
): string {
  const template = (lang === 'ru' ? RU : EN)[key];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
