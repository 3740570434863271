import type { Locale } from '../../../../shared/i18n';
import { cellText, type ReportDocument } from '../../../../shared/projects';

/** A report as plain HTML, for the preview and for printing to PDF. */
export function ReportView({ report, locale }: { report: ReportDocument; locale: Locale }) {
  return (
    <article className="regia-report">
      <h1>{report.title}</h1>
      {report.subtitle.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {report.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          {section.table && section.table.rows.length > 0 && (
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  {section.table.columns.map((column) => (
                    <th key={column} style={cellStyle('left')}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.table.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, cellIndex) => (
                      <td
                        key={cellIndex}
                        style={cellStyle(cell.kind === 'number' ? 'right' : 'left')}
                      >
                        {cellText(locale, cell)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              {section.table.totals && (
                <tfoot>
                  <tr>
                    {section.table.totals.map((cell, cellIndex) => (
                      <th
                        key={cellIndex}
                        style={cellStyle(cell.kind === 'number' ? 'right' : 'left')}
                      >
                        {cellText(locale, cell)}
                      </th>
                    ))}
                  </tr>
                </tfoot>
              )}
            </table>
          )}
        </section>
      ))}
    </article>
  );
}

function cellStyle(align: 'left' | 'right') {
  return { border: '1px solid #868e96', padding: '2px 6px', textAlign: align } as const;
}
