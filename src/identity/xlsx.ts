/**
 * XLSX rows
 *
 * Reads the first worksheet of an .xlsx workbook as rows of strings (formulas as their results, dates
 * as ISO strings, rich text flattened), for the staff directory and nomination surveys.
 */
import ExcelJS from 'exceljs';
import { SourceFormatError } from '../shared/errors.js';

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result);
    return '';
  }
  return String(v);
}

/** All rows of the first sheet; empty cells are empty strings. */
export async function readXlsxRows(file: string): Promise<string[][]> {
  return (await readXlsxNumberedRows(file)).map((r) => r.cells);
}

/** All non-empty rows of the first sheet with their 1-based row numbers. */
export async function readXlsxNumberedRows(file: string): Promise<{ line: number; cells: string[] }[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    throw new SourceFormatError({ file }, `not a readable XLSX workbook: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new SourceFormatError({ file }, 'workbook has no worksheet');
  const rows: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c).value).trim());
    rows.push({ line, cells: values });
  });
  return rows;
}
