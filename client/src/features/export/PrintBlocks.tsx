import {
  type PartyDocumentFormat,
  type PrintableBlock,
  type PrintableHeading,
  type PrintableParagraph,
  type PrintableRun,
  type PrintableTable,
  type PrintableTargets,
  styledText,
  targetColumnPercents,
} from '@van-kien/schema';
import { sectionNumberings } from '@van-kien/templates';
import type { ReactNode } from 'react';

interface PrintBlocksProps {
  blocks: readonly PrintableBlock[];
  format: PartyDocumentFormat;
}

/** The document's text in the print view: the same blocks, in the same styles, as the .docx. */
export function PrintBlocks({ blocks, format }: PrintBlocksProps) {
  return (
    <div className="print-body" data-testid="print-body">
      {blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
        <PrintBlock key={index} block={block} format={format} />
      ))}
    </div>
  );
}

function PrintBlock({ block, format }: { block: PrintableBlock; format: PartyDocumentFormat }) {
  switch (block.kind) {
    case 'heading':
      return <PrintHeading heading={block} format={format} />;
    case 'paragraph':
      return <PrintParagraph paragraph={block} format={format} />;
    case 'targets':
      return <PrintTargets table={block} format={format} />;
    case 'table':
      return <PrintTable table={block} />;
    case 'rule':
      return <hr className="print-rule" />;
  }
}

function PrintHeading({ heading, format }: { heading: PrintableHeading; format: PartyDocumentFormat }) {
  const style = format.headings[heading.numbering];
  const title = styledText(heading.title, style);
  const label = styledText(heading.label, style);
  const lines = style.labelOnOwnLine && label ? [label, title] : [label ? `${label} ${title}` : title];
  return (
    // biome-ignore lint/a11y/useSemanticElements: the heading is one or two paragraphs, which no h1–h6 may contain
    <div className="print-heading" role="heading" aria-level={headingLevel(heading.numbering)} data-numbering={heading.numbering}>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
        <p key={index} className="print-heading__line" data-print-style={`heading-${heading.numbering}`}>
          {line}
        </p>
      ))}
    </div>
  );
}

function PrintParagraph({ paragraph, format }: { paragraph: PrintableParagraph; format: PartyDocumentFormat }) {
  return (
    <p
      className={`print-text print-text--${paragraph.variant}`}
      data-print-style="body"
      style={paragraph.indentLevel > 0 ? { marginLeft: `${paragraph.indentLevel * format.body.nestingIndentMm}mm` } : undefined}
    >
      {paragraph.marker && `${paragraph.marker} `}
      {paragraph.runs.map((run, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
        <PrintRun key={index} run={run} />
      ))}
    </p>
  );
}

function PrintRun({ run }: { run: PrintableRun }) {
  if (run.lineBreak) return <br />;
  let content: ReactNode = run.text;
  if (run.code) content = <code>{content}</code>;
  if (run.strike) content = <s>{content}</s>;
  if (run.underline) content = <u>{content}</u>;
  if (run.italic) content = <em>{content}</em>;
  if (run.bold) content = <strong>{content}</strong>;
  return <>{content}</>;
}

function PrintTargets({ table, format }: { table: PrintableTargets; format: PartyDocumentFormat }) {
  return (
    <table className="print-targets" data-testid="print-targets">
      <colgroup>
        {targetColumnPercents(table.columns, format).map((percent, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
          <col key={index} style={{ width: `${percent}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((column, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
            <th key={index} scope="col" className={`print-targets__cell--${column.kind}`} data-print-style="tableHead">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
          <tr key={rowIndex}>
            {row.map((value, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
              <td key={index} className={`print-targets__cell--${table.columns[index]?.kind ?? 'text'}`} data-print-style="tableCell">
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {table.count && (
        <tfoot>
          <tr>
            <td colSpan={Math.max(1, table.columns.length)} data-print-style="tableHead">
              {table.count}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** A plain table: its cells' paragraphs with their marks, spans kept; the header rows at its top repeat on every page. */
function PrintTable({ table }: { table: PrintableTable }) {
  const leading = table.rows.findIndex((row) => !row.every((cell) => cell.header));
  const headerRows = leading === -1 ? 0 : leading;
  const rows = (from: number, to: number) =>
    table.rows.slice(from, to).map((row, rowIndex) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
      <tr key={rowIndex}>
        {row.map((cell, index) => {
          const Cell = cell.header ? 'th' : 'td';
          return (
            <Cell
              // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
              key={index}
              colSpan={cell.colspan > 1 ? cell.colspan : undefined}
              rowSpan={cell.rowspan > 1 ? cell.rowspan : undefined}
              data-print-style={cell.header ? 'plainTableHead' : 'plainTableCell'}
            >
              {cell.paragraphs.map((runs, paragraphIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
                <p key={paragraphIndex} className="print-table__line">
                  {runs.map((run, runIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
                    <PrintRun key={runIndex} run={run} />
                  ))}
                </p>
              ))}
            </Cell>
          );
        })}
      </tr>
    ));
  return (
    <table className="print-table" data-testid="print-table">
      <colgroup>
        {table.columnPercents.map((percent, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: stateless print markup rebuilt from the snapshot; it keeps no state or focus for a key to carry
          <col key={index} style={{ width: `${percent}%` }} />
        ))}
      </colgroup>
      {headerRows > 0 && <thead>{rows(0, headerRows)}</thead>}
      <tbody>{rows(headerRows, table.rows.length)}</tbody>
    </table>
  );
}

/** How deep a heading stands, from its numbering (phần, La Mã, số, chữ); an unnumbered one counts as the deepest. */
function headingLevel(numbering: PrintableHeading['numbering']): number {
  return sectionNumberings.indexOf(numbering) + 1;
}
