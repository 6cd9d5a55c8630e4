/**
 * Classification metrics
 *
 * Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix, for evaluating the
 * sentiment/stance scorer against labelled posts (`scripts/validate-stance.ts`).
 *
 * Notes:
 * - Macro-F1 averages the F1 of every class in `labels`, so a class never predicted counts as 0.
 */

export interface ClassificationReport {
  readonly n: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[gold][predicted] = count. */
  readonly confusion: Record<string, Record<string, number>>;
}

/**
 * Scores predictions against gold labels.
 * @example
 * classificationReport(['a', 'b'], ['a', 'a'], ['a', 'b']).accuracy; // 0.5
 */
export function classificationReport(
  gold: readonly string[],
  predicted: readonly string[],
  labels: readonly string[],
): ClassificationReport {
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) confusion[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  let correct = 0;
  const n = Math.min(gold.length, predicted.length);
  for (let i = 0; i < n; i++) {
    const row = confusion[gold[i]];
    if (row && predicted[i] in row) row[predicted[i]]++;
    if (gold[i] === predicted[i]) correct++;
  }
  const perClass: ClassificationReport['perClass'] = {};
  let f1Sum = 0;
  for (const c of labels) {
    const tp = confusion[c][c];
    const support = labels.reduce((s, p) => s + confusion[c][p], 0);
    const predictedC = labels.reduce((s, g) => s + confusion[g][c], 0);
    const precision = predictedC === 0 ? 0 : tp / predictedC;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = { precision, recall, f1, support };
    f1Sum += f1;
  }
  return {
    n,
    accuracy: n === 0 ? 0 : correct / n,
    macroF1: labels.length === 0 ? 0 : f1Sum / labels.length,
    perClass,
    confusion,
  };
}
