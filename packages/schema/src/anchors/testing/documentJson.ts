/** ProseMirror JSON of a document for anchor tests: sections of plain paragraphs, nested as given. */
export interface SectionOutline {
  sectionId: string;
  paragraphs: string[];
  subsections?: SectionOutline[];
}

export function documentJson(sections: SectionOutline[]): Record<string, unknown> {
  return { type: 'doc', content: sections.map(sectionJson) };
}

function sectionJson({ sectionId, paragraphs, subsections = [] }: SectionOutline): Record<string, unknown> {
  return {
    type: 'section',
    attrs: { sectionId, title: `Mục ${sectionId}`, numbering: 'roman' },
    content: [
      ...paragraphs.map((text) => ({ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text }] })),
      ...subsections.map(sectionJson),
    ],
  };
}
