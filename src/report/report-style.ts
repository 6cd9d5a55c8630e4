/**
 * The report's print style: A4, serif-free system fonts that carry Cyrillic (DejaVu, Liberation),
 * each section on a new page, tables that break between rows, colours kept when printed.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #111; margin: 0 auto; max-width: 178mm; }
h1 { font-size: 24pt; line-height: 1.15; margin: 0 0 8mm; }
h2 { font-size: 16pt; margin: 0 0 4mm; border-bottom: 2px solid #0072B2; padding-bottom: 1.5mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
.cover { padding-top: 45mm; min-height: 240mm; }
.cover .kicker { text-transform: uppercase; letter-spacing: .08em; color: #0072B2; font-weight: bold; }
.cover .org { font-size: 15pt; font-weight: bold; margin-bottom: 8mm; }
.cover .edition { margin-top: 14mm; padding: 3mm 4mm; border-left: 4px solid #D55E00; background: #fbeee6; }
.toc { break-before: page; }
.toc ol { list-style: none; padding: 0; margin: 6mm 0; font-size: 12pt; }
.toc li { margin: 0 0 3mm; }
.toc a { display: flex; color: inherit; text-decoration: none; }
.toc a span:first-child { flex: 1; border-bottom: 1px dotted #999; }
.toc .pg { padding-left: 3mm; min-width: 10mm; text-align: right; }
.sec { break-before: page; }
.findings li { margin-bottom: 2mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 8.8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border-bottom: 1px solid #ddd; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eef3f8; font-weight: bold; font-size: 8pt; overflow-wrap: anywhere; }
table.num td:not(:first-child), table.num-last td:last-child { text-align: right; }
table.kv th { width: 32%; background: none; }
table.leaders, table.groups { table-layout: fixed; }
table.leaders th:nth-child(1) { width: 6%; }
table.leaders th:nth-child(2) { width: 15%; }
table.leaders th:nth-child(3) { width: 17%; }
table.leaders th:nth-child(4) { width: 9%; }
table.leaders th:nth-child(5) { width: 18%; }
table.leaders th:nth-child(6) { width: 25%; }
table.leaders th:nth-child(7) { width: 10%; }
table.groups th:nth-child(1) { width: 11%; }
table.groups th:nth-child(2) { width: 20%; }
table.groups th:nth-child(3) { width: 19%; }
table.groups th:nth-child(4) { width: 17%; }
table.groups th:nth-child(5) { width: 18%; }
table.groups th:nth-child(6) { width: 15%; }
.bar { display: inline-block; width: 34mm; height: 2.6mm; background: #eee; vertical-align: middle; margin-right: 2mm; }
.bar span { display: block; height: 100%; }
.muted { color: #666; }
.person { white-space: nowrap; }
table.groups td:first-child, table.leaders td:first-child { white-space: nowrap; }
.people { line-height: 1.6; }
figure.map { margin: 0; break-inside: avoid; }
figure.map svg { display: block; width: 100%; height: auto; border: 1px solid #ddd; }
figcaption { font-size: 8.8pt; color: #444; margin-top: 2mm; }
a { color: #0072B2; }
`;
