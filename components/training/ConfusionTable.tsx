import { t, uiLang } from '../../utils/i18n';
import type { ConfusionMatrix } from '../../utils/training/stats/confusion';
import { categoryText } from './label-text';

/** Rows: the reference (or the first person); columns: the answers (or the second person). */
export function ConfusionTable({ matrix, caption }: { matrix: ConfusionMatrix; caption: string }) {
  const lang = uiLang();
  return (
    <div class="scroll-x">
      <table class="confusion">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {matrix.labels.map((l) => (
              <th scope="col" key={l}>
                {categoryText(l, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.labels.map((row, i) => (
            <tr key={row}>
              <th scope="row">{categoryText(row, lang)}</th>
              {matrix.counts[i]?.map((count, j) => (
                <td key={matrix.labels[j]} class={i === j ? 'diagonal' : count > 0 ? 'off' : ''}>
                  {count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {matrix.labels.length === 0 && <tfoot>{t('trainingNoAnswers')}</tfoot>}
      </table>
    </div>
  );
}
