import type { ReactNode } from 'react';
import {
  chartDataUrl,
  chartHeight,
  chartWidth,
  officialDocument,
  type DocumentBlock,
  type DocumentTable,
  type OfficialDocument,
} from '../../../shared/documents';
import './document.css';

const headingTags = ['h1', 'h2', 'h3', 'h4'] as const;

function TableView({ table }: { table: DocumentTable }) {
  const numeric = new Set(table.numericColumns ?? []);
  const align = (index: number): 'right' | undefined => (numeric.has(index) ? 'right' : undefined);
  return (
    <table className="regia-document-table">
      <thead>
        <tr>
          {table.columns.map((column, index) => (
            <th key={index} scope="col" style={{ textAlign: align(index) ?? 'left' }}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) => (
              <td key={index} style={{ textAlign: align(index) }}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {table.totals && (
        <tfoot>
          <tr>
            {table.totals.map((cell, index) => (
              <td key={index} style={{ textAlign: align(index), fontWeight: 700 }}>
                {cell}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function Lines({ text }: { text: string }): ReactNode {
  const lines = text.split('\n');
  return lines.map((line, index) => (
    <span key={index}>
      {index > 0 && <br />}
      {line}
    </span>
  ));
}

function BlockView({
  block,
  headingOffset,
}: {
  block: DocumentBlock;
  headingOffset: 0 | 1;
}): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Heading = headingTags[block.level + headingOffset - 1] ?? 'h4';
      return <Heading>{block.text}</Heading>;
    }
    case 'paragraph':
      return (
        <p
          className={block.emphasis ? `regia-document-${block.emphasis}` : undefined}
          style={{ textAlign: block.align }}
        >
          <Lines text={block.text} />
        </p>
      );
    case 'facts':
      return (
        <dl className="regia-document-facts">
          {block.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}:</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="regia-document-list">
          {block.items.map((item, index) => (
            <li key={index}>
              <Lines text={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return <TableView table={block.table} />;
    case 'chart':
      return (
        <figure style={{ margin: '0 0 1em', breakInside: 'avoid' }}>
          <figcaption className="regia-document-bold">{block.chart.title}</figcaption>
          <img
            src={chartDataUrl(block.chart)}
            alt={block.chart.description}
            width={chartWidth}
            height={chartHeight(block.chart)}
            style={{ maxWidth: '100%', height: 'auto' }}
          />
        </figure>
      );
    case 'reference':
      return (
        <p className="regia-document-reference">
          <Lines text={block.lines.join('\n')} />
        </p>
      );
    case 'recipients':
      return (
        <dl className="regia-document-recipients">
          {block.groups.map((group) => (
            <div key={group.label}>
              <dt>{group.label}</dt>
              {group.lines.map((line) => (
                <dd key={line}>{line}</dd>
              ))}
            </div>
          ))}
        </dl>
      );
    case 'signatures':
      return (
        <div className="regia-document-signed">
          {block.lead.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
          <div className="regia-document-signatures">
            {block.signatures.map((signature) => (
              <div key={signature.role} className="regia-document-signature">
                <p className="regia-document-bold">{signature.role}</p>
                <p>{signature.name || '\u00a0'}</p>
                <p aria-hidden="true">______________________________</p>
              </div>
            ))}
          </div>
        </div>
      );
    case 'attachments':
      return (
        <section className="regia-document-attachments" aria-label={block.heading}>
          <p className="regia-document-bold">{block.heading}</p>
          <ul>
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      );
  }
}

type DocumentViewProps = {
  document: OfficialDocument;
  /** The test id of the page, for the end-to-end tests. */
  testId?: string;
  /**
   * 1 where the page around already has its h1 (a preview beside a form or in a dialog): the
   * document's headings go one level down. The printed document keeps its own h1.
   */
  headingOffset?: 0 | 1;
};

/**
 * A document as a page: the same blocks as its DOCX file, in semantic HTML (headings, lists,
 * tables with header cells, the document's language), for the preview and the printed PDF.
 */
export function DocumentView({ document: source, testId, headingOffset = 0 }: DocumentViewProps) {
  const document = officialDocument(source);
  const letterhead = document.letterhead;
  return (
    <article className="regia-document" lang={document.language} data-testid={testId}>
      {document.draftMark && (
        <p className="regia-document-draft" data-testid="draft-mark">
          {document.draftMark}
        </p>
      )}
      {letterhead && (
        <header className="regia-document-letterhead">
          {letterhead.logo && (
            <img src={letterhead.logo.dataUrl} alt={letterhead.logo.description} />
          )}
          <div>
            <p className="regia-document-issuer">{letterhead.name}</p>
            {letterhead.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        </header>
      )}
      {document.blocks.map((block, index) => (
        <BlockView key={index} block={block} headingOffset={headingOffset} />
      ))}
    </article>
  );
}
