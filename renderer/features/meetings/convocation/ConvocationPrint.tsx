import type { ConvocationDocument } from '../../../../shared/meetings';

/** The convocation letter as a printable page: the same content as the Word file. */
export function ConvocationPrint({ letter }: { letter: ConvocationDocument }) {
  return (
    <article data-testid="convocation-print" style={{ padding: '1.5cm', lineHeight: 1.4 }}>
      <p style={{ fontWeight: 700 }}>{letter.sender}</p>
      <h2 style={{ fontSize: '18pt' }}>{letter.heading}</h2>
      <p>{letter.recipients}</p>
      <p style={{ fontWeight: 700 }}>{letter.subject}</p>
      <p>{letter.opening}</p>
      <dl>
        {letter.facts.map((fact) => (
          <div key={fact.label} style={{ display: 'flex', gap: '0.5em' }}>
            <dt style={{ fontWeight: 700 }}>{fact.label}:</dt>
            <dd style={{ margin: 0 }}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <h3 style={{ fontSize: '14pt' }}>{letter.agendaHeading}</h3>
      <ol>
        {letter.agenda.map((line) => (
          <li key={line.number} style={{ marginBottom: '0.4em' }}>
            <strong>{line.title}</strong>
            <br />
            <em>{line.details}</em>
            {line.description && (
              <>
                <br />
                {line.description}
              </>
            )}
          </li>
        ))}
      </ol>
      <p>{letter.closing}</p>
      <p style={{ textAlign: 'right', marginTop: '2em' }}>
        {letter.signatureRole}
        <br />
        {letter.signatureName}
      </p>
    </article>
  );
}
