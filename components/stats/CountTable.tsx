import { t } from '../../utils/i18n';

interface Props {
  caption: string;
  keyHeading: string;
  rows: { label: string; count: number }[];
}

/** Two columns: what is counted, and how many reports. */
export function CountTable({ caption, keyHeading, rows }: Props) {
  return (
    <table>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeading}</th>
          <th scope="col">{t('statsReports')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
