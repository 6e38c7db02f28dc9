import { SelectField } from '../../app/SelectField.js';
import type { Thread } from '../../domain/comments/commentModel.js';
import {
  ANSWER_OPTIONS,
  KIND_OPTIONS,
  NO_FILTER,
  organizationOptions,
  STATUS_OPTIONS,
  sectionOptions,
  type ThreadFilter,
} from './commentFilters.js';
import type { SectionHeading } from './threadGrouping.js';

interface CommentFilterBarProps {
  filter: ThreadFilter;
  onChange(filter: ThreadFilter): void;
  /** Every thread, for the organizations to choose from. */
  threads: readonly Pick<Thread, 'organization'>[];
  outline: readonly SectionHeading[];
}

/** The comments panel's filters: section, organization, kind, status and answer. */
export function CommentFilterBar({ filter, onChange, threads, outline }: CommentFilterBarProps) {
  const set =
    <K extends keyof ThreadFilter>(key: K) =>
    (value: string) =>
      onChange({ ...filter, [key]: value });
  return (
    <div className="comment-filters" data-testid="comment-filters">
      {outline.length > 0 && (
        <SelectField
          label="Phần"
          value={filter.section}
          options={sectionOptions(outline)}
          onChange={set('section')}
          testId="comment-filter-section"
        />
      )}
      <SelectField
        label="Tổ chức"
        value={filter.organization}
        options={organizationOptions(threads)}
        onChange={set('organization')}
        testId="comment-filter-organization"
      />
      <SelectField label="Loại ý kiến" value={filter.kind} options={KIND_OPTIONS} onChange={set('kind')} testId="comment-filter-kind" />
      <SelectField
        label="Trạng thái"
        value={filter.status}
        options={STATUS_OPTIONS}
        onChange={set('status')}
        testId="comment-filter-status"
      />
      <SelectField label="Trả lời" value={filter.answer} options={ANSWER_OPTIONS} onChange={set('answer')} testId="comment-filter-answer" />
      <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTER)}>
        Bỏ lọc
      </button>
    </div>
  );
}
