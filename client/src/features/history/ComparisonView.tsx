import {
  attributeChangeText,
  type ComparedBlock,
  type ComparedCell,
  type ComparedRun,
  type ComparedSection,
  type ComparedTargets,
  comparisonSummaryText,
  comparisonTitle,
  type DocumentComparison,
} from '@van-kien/schema';
import type { ReactNode } from 'react';
import './comparison.css';

interface ComparisonViewProps {
  comparison: DocumentComparison;
  olderLabel: string;
  newerLabel: string;
}

/** Where a section's entry is on the page, for the jump links of the changed sections. */
const anchorOf = (section: ComparedSection, index: number) => `so-sanh-${section.sectionId ?? `ngoai-muc-${index}`}`;
const headingOf = (section: ComparedSection) => [section.label, section.title].filter(Boolean).join(' ') || 'Phần không thuộc mục nào';

/**
 * Two versions compared as Word shows tracked changes: what was added underlined and what was
 * removed struck through, in the reviser's colour, section by section; the changed sections listed
 * first with links to them, the unchanged ones folded.
 */
export function ComparisonView({ comparison, olderLabel, newerLabel }: ComparisonViewProps) {
  const changed = comparison.sections.map((section, index) => ({ section, index })).filter(({ section }) => section.changed);
  return (
    <article className="comparison" data-testid="comparison" lang="vi">
      <h2 className="comparison__title">{comparisonTitle(olderLabel, newerLabel)}</h2>
      <p className="comparison__summary" data-testid="comparison-summary">
        {comparisonSummaryText(comparison.summary)}
      </p>
      <p className="comparison__legend muted">
        <ins className="comparison__ins">Chữ được thêm</ins> · <del className="comparison__del">chữ bị bỏ</del>
      </p>
      {changed.length > 0 && (
        <nav className="comparison__changed" aria-label="Các mục có thay đổi">
          <h3>Các mục có thay đổi</h3>
          <ul>
            {changed.map(({ section, index }) => (
              <li key={anchorOf(section, index)}>
                <a href={`#${anchorOf(section, index)}`}>{headingOf(section)}</a>
                {section.change && <span className="muted"> ({section.change === 'inserted' ? 'mục mới' : 'mục bị bỏ'})</span>}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {runsOfSections(comparison.sections).map((run) =>
        run.changed ? (
          run.entries.map(({ section, index }) => (
            <ChangedSection key={anchorOf(section, index)} id={anchorOf(section, index)} section={section} />
          ))
        ) : (
          <details key={anchorOf(run.entries[0]!.section, run.entries[0]!.index)} className="comparison__unchanged">
            <summary className="muted">
              {run.entries.length === 1
                ? `${headingOf(run.entries[0]!.section)}: không thay đổi`
                : `${run.entries.length} mục không thay đổi`}
            </summary>
            {run.entries.map(({ section, index }) => (
              <details
                key={anchorOf(section, index)}
                className="comparison__section comparison__section--same"
                id={anchorOf(section, index)}
              >
                <summary style={{ marginLeft: `${section.level}rem` }}>{headingOf(section)}</summary>
                <SectionBlocks blocks={section.blocks} />
              </details>
            ))}
          </details>
        ),
      )}
    </article>
  );
}

interface SectionEntry {
  section: ComparedSection;
  index: number;
}

/** The sections in order, as runs of changed ones and of unchanged ones (each run of these folds into one line). */
function runsOfSections(sections: readonly ComparedSection[]): { changed: boolean; entries: SectionEntry[] }[] {
  const runs: { changed: boolean; entries: SectionEntry[] }[] = [];
  sections.forEach((section, index) => {
    const last = runs.at(-1);
    if (last && last.changed === section.changed) last.entries.push({ section, index });
    else runs.push({ changed: section.changed, entries: [{ section, index }] });
  });
  return runs;
}

function ChangedSection({ id, section }: { id: string; section: ComparedSection }) {
  const heading = headingOf(section);
  return (
    <section
      className="comparison__section comparison__section--changed"
      id={id}
      data-testid="comparison-changed-section"
      aria-label={heading}
    >
      <h3 className="comparison__heading" style={{ marginLeft: `${section.level}rem` }}>
        <Changed change={section.change}>{heading}</Changed>
      </h3>
      {section.attributeChanges.map((change) => (
        <p key={change.field} className="comparison__attribute" data-testid="comparison-attribute">
          {attributeChangeText(change)}
        </p>
      ))}
      <SectionBlocks blocks={section.blocks} />
    </section>
  );
}

function SectionBlocks({ blocks }: { blocks: readonly ComparedBlock[] }) {
  return blocks.map((block, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: stateless markup rebuilt from the comparison; nothing in it keeps state or focus
    <BlockView key={index} block={block} />
  ));
}

function BlockView({ block }: { block: ComparedBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={`comparison__text comparison__text--${block.variant}`} style={{ marginLeft: `${block.indentLevel * 1.5}rem` }}>
          {block.marker && `${block.marker} `}
          {block.runs.map((run, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <Run key={index} run={run} />
          ))}
        </p>
      );
    case 'targets':
      return <TargetsTable table={block} />;
    case 'rule':
      return <hr className={block.change ? `comparison__rule--${block.change}` : undefined} />;
  }
}

function Run({ run }: { run: ComparedRun }) {
  if (run.lineBreak) return <br />;
  let content: ReactNode = run.text;
  if (run.bold) content = <strong>{content}</strong>;
  if (run.italic) content = <em>{content}</em>;
  return <Changed change={run.change}>{content}</Changed>;
}

/** Added text as `<ins>`, removed as `<del>`, which screen readers announce as such. */
function Changed({ change, children }: { change: ComparedRun['change']; children: ReactNode }) {
  if (change === 'inserted') return <ins className="comparison__ins">{children}</ins>;
  if (change === 'deleted') return <del className="comparison__del">{children}</del>;
  return children;
}

function TargetsTable({ table }: { table: ComparedTargets }) {
  return (
    <div className="comparison__table-wrap">
      <table className="comparison__table">
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.label} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.rowId} className={row.change ? `comparison__row--${row.change}` : undefined}>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are in column order
                <td key={index}>
                  <Cell cell={cell} change={row.change} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {(table.count.before || table.count.after) && (
        <p className="comparison__count">
          <Cell cell={table.count} change={table.change} />
        </p>
      )}
    </div>
  );
}

function Cell({ cell, change }: { cell: ComparedCell; change: ComparedRun['change'] }) {
  if (change === 'inserted') return <ins className="comparison__ins">{cell.after}</ins>;
  if (change === 'deleted') return <del className="comparison__del">{cell.before}</del>;
  if (cell.before === cell.after) return cell.after;
  return (
    <>
      {cell.before && <del className="comparison__del">{cell.before}</del>}
      {cell.before && cell.after && ' '}
      {cell.after && <ins className="comparison__ins">{cell.after}</ins>}
    </>
  );
}
