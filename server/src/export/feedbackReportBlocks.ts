import { COMMENT_KINDS, commentAnswerLabels, commentKindLabels, type PrintableBlock, type PrintableRun } from '@van-kien/schema';
import type { SectionNumbering } from '@van-kien/templates';
import type { FeedbackReport, ReportItem } from '../comments/feedbackReport.js';
import { WARD_TIME_ZONE } from './loadHeaderDefaults.js';

const run = (text: string, style: Partial<Omit<PrintableRun, 'text'>> = {}): PrintableRun => ({
  text,
  lineBreak: false,
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  code: false,
  ...style,
});
const paragraph = (runs: PrintableRun[], marker = ''): PrintableBlock => ({
  kind: 'paragraph',
  variant: 'text',
  runs,
  marker,
  indentLevel: 0,
});
const heading = (id: string, numbering: SectionNumbering, label: string, title: string): PrintableBlock => ({
  kind: 'heading',
  sectionId: id,
  numbering,
  label,
  title,
});

/** "ngày 15/11/2025", in Vietnam's time. */
function dayOf(epochMs: number): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: WARD_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(epochMs);
}

/**
 * The compilation report (DOMAIN.md A7) as printable blocks, for the same Party-format writer as the
 * documents: I. how the consultation went, II. the counts (by kind, by organization, answered),
 * III. the comments under the draft's headings in document order, each quoted verbatim with its
 * passage and its tiếp thu / giải trình answer. Nothing is added by the compiler.
 */
export function feedbackReportBlocks(report: FeedbackReport): PrintableBlock[] {
  const { totals } = report;
  const outOf = (count: number) => `${count}/${totals.threads} ý kiến`;
  const byKind = (counts: Record<(typeof COMMENT_KINDS)[number], number>) =>
    COMMENT_KINDS.map((kind) => `${commentKindLabels[kind]} ${counts[kind]}`).join(', ');
  return [
    heading('a7-tinh-hinh', 'roman', 'I.', 'Tình hình tổ chức góp ý'),
    ...(report.rounds.length === 0
      ? [paragraph([run('Các ý kiến được góp trực tiếp trên dự thảo, không qua đợt lấy ý kiến.')])]
      : report.rounds.map((round) =>
          paragraph(
            [
              run(
                `${round.title}${round.draftNumber === null ? '' : `, về Dự thảo lần ${round.draftNumber}`} (hạn ${dayOf(round.deadline)}${round.status === 'open' ? ', đang lấy ý kiến' : ''}): `,
              ),
              run(round.organizations.map((o) => `${o.name} ${o.comments} ý kiến`).join('; ') || 'chưa có tổ chức nào góp ý'),
              run('.'),
            ],
            '-',
          ),
        )),
    paragraph([run(`Tổng số ý kiến: ${totals.threads}.`)]),
    heading('a7-so-luong', 'roman', 'II.', 'Số lượng ý kiến'),
    ...COMMENT_KINDS.map((kind) =>
      paragraph([run(`${commentKindLabels[kind]}: `, { bold: true }), run(`${outOf(totals.byKind[kind])}.`)], '-'),
    ),
    ...totals.byOrganization.map((row) =>
      paragraph(
        [run(`${row.organization?.name ?? 'Cá nhân'}: `, { bold: true }), run(`${row.total} ý kiến (${byKind(row.byKind)}).`)],
        '-',
      ),
    ),
    paragraph([
      run(
        `Đã tiếp thu ${totals.answered['tiep-thu']}, đã giải trình ${totals.answered['giai-trinh']}, chưa trả lời ${totals.answered.unanswered}.`,
      ),
    ]),
    heading('a7-y-kien', 'roman', 'III.', 'Ý kiến cụ thể'),
    ...(report.general.length > 0
      ? [heading('a7-chung', 'none', '', 'Ý kiến chung về dự thảo'), ...report.general.flatMap(itemBlocks)]
      : []),
    ...report.sections.flatMap((section) => [
      heading(`a7-${section.sectionId}`, 'none', '', section.label),
      ...section.items.flatMap(itemBlocks),
    ]),
  ];
}

/** One comment: who and what kind, its words verbatim, the passage it concerns, its answer. */
function itemBlocks(item: ReportItem): PrintableBlock[] {
  const blocks = [
    paragraph(
      [
        run(
          `${item.organization?.name ?? item.author.displayName} (${commentKindLabels[item.kind]}${item.draftNumber === null ? '' : `, Dự thảo lần ${item.draftNumber}`}): `,
          { bold: true },
        ),
        run(`“${item.body}”`),
      ],
      '-',
    ),
  ];
  if (item.quote !== null) {
    const deleted = item.passageDeleted ? ' (đoạn này không còn trong dự thảo)' : '';
    blocks.push(paragraph([run(`Đoạn văn: “${item.quote}”${deleted}`, { italic: true })]));
  }
  blocks.push(
    paragraph(
      item.answer === null
        ? [run('Chưa tiếp thu, giải trình.', { italic: true })]
        : [
            run(`${commentAnswerLabels[item.answer]}${item.answerText ? ': ' : '.'}`, { bold: true }),
            ...(item.answerText ? [run(item.answerText)] : []),
          ],
    ),
  );
  return blocks;
}
