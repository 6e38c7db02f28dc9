import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

/** An XML element of a .docx part, in document order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The text directly inside it (of `w:t`, `w:instrText`). */
  text: string;
}

/** A run as Word sets it: its text and its own formatting. */
export interface DocxRun {
  text: string;
  font: string | undefined;
  sizePt: number | undefined;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface DocxParagraph {
  text: string;
  runs: DocxRun[];
  /** `w:jc`: "center", "right", "both"…; undefined for the default (left). */
  align: string | undefined;
  /** Field instructions in it, e.g. ["PAGE"]. */
  fields: string[];
}

export interface DocxCell {
  paragraphs: DocxParagraph[];
  text: string;
  /** `w:gridSpan`: how many grid columns it covers. */
  span: number;
}

export interface DocxTable {
  rows: DocxCell[][];
  /** `w:tblGrid` column widths in twips. */
  columnWidths: number[];
  /** Whether `w:tblBorders` hides every side. */
  borderless: boolean;
  /** Whether the first row repeats on each page (`w:tblHeader`). */
  repeatsHeader: boolean;
}

/** A paragraph or a table of the body, in order. */
export type DocxBlock = { kind: 'paragraph'; paragraph: DocxParagraph } | { kind: 'table'; table: DocxTable };

export interface DocxPage {
  widthTwips: number;
  heightTwips: number;
  margins: { top: number; bottom: number; left: number; right: number; header: number };
  /** `w:titlePg`: the first page has its own header. */
  titlePage: boolean;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
});

type Parsed = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElements(nodes: Parsed[]): XmlElement[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text' || name.startsWith('?')) return [];
    const content = node[name] as Parsed[];
    const text = content
      .filter((child) => '#text' in child)
      .map((child) => String(child['#text']))
      .join('');
    return [{ name, attributes: node[':@'] ?? {}, children: toElements(content), text }];
  });
}

/** The root element of an XML part. */
export function parseXml(xml: string): XmlElement {
  const [root] = toElements(parser.parse(xml) as Parsed[]);
  if (!root) throw new Error('empty XML part');
  return root;
}

const child = (element: XmlElement | undefined, name: string) => element?.children.find((c) => c.name === name);
const descendants = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((c) => (c.name === name ? [c] : descendants(c, name)));
/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`). */
const isOn = (element: XmlElement | undefined) =>
  element !== undefined && !['false', '0', 'off'].includes(element.attributes['w:val'] ?? '');

function readRun(run: XmlElement): DocxRun {
  const properties = child(run, 'w:rPr');
  const size = child(properties, 'w:sz')?.attributes['w:val'];
  const underline = child(properties, 'w:u')?.attributes['w:val'];
  return {
    text: run.children
      .map((c) =>
        c.name === 'w:t' ? c.text : c.name === 'w:br' ? '\n' : c.name === 'w:tab' ? '\t' : c.name === 'w:noBreakHyphen' ? '-' : '',
      )
      .join(''),
    font: child(properties, 'w:rFonts')?.attributes['w:ascii'],
    sizePt: size === undefined ? undefined : Number(size) / 2,
    bold: isOn(child(properties, 'w:b')),
    italic: isOn(child(properties, 'w:i')),
    underline: underline !== undefined && underline !== 'none',
  };
}

export function readParagraph(paragraph: XmlElement): DocxParagraph {
  const runs = descendants(paragraph, 'w:r').map(readRun);
  return {
    text: runs.map((r) => r.text).join(''),
    runs: runs.filter((r) => r.text !== ''),
    align: child(child(paragraph, 'w:pPr'), 'w:jc')?.attributes['w:val'],
    fields: descendants(paragraph, 'w:instrText').map((i) => i.text.trim()),
  };
}

function readTable(table: XmlElement): DocxTable {
  const properties = child(table, 'w:tblPr');
  const borders = child(properties, 'w:tblBorders');
  const rows = table.children.filter((c) => c.name === 'w:tr');
  return {
    rows: rows.map((row) =>
      row.children
        .filter((c) => c.name === 'w:tc')
        .map((cell) => {
          const paragraphs = cell.children.filter((c) => c.name === 'w:p').map(readParagraph);
          return {
            paragraphs,
            text: paragraphs.map((p) => p.text).join('\n'),
            span: Number(child(child(cell, 'w:tcPr'), 'w:gridSpan')?.attributes['w:val'] ?? 1),
          };
        }),
    ),
    columnWidths: (child(table, 'w:tblGrid')?.children ?? []).map((column) => Number(column.attributes['w:w'])),
    borderless: borders?.children.every((side) => side.attributes['w:val'] === 'none') ?? false,
    repeatsHeader: isOn(child(child(rows[0], 'w:trPr'), 'w:tblHeader')),
  };
}

/** A .docx read back: its body in order, its page setup, its page headers, and the raw parts. */
export class DocxFile {
  private constructor(
    readonly parts: ReadonlyMap<string, string>,
    private readonly document: XmlElement,
  ) {}

  static async read(bytes: Uint8Array | ArrayBuffer): Promise<DocxFile> {
    const zip = await JSZip.loadAsync(bytes);
    const parts = new Map<string, string>();
    for (const name of Object.keys(zip.files)) {
      const file = zip.file(name);
      if (file && /\.(xml|rels)$/.test(name)) parts.set(name, await file.async('string'));
    }
    const document = parts.get('word/document.xml');
    if (!document) throw new Error('no word/document.xml');
    return new DocxFile(parts, parseXml(document));
  }

  private get body(): XmlElement {
    const body = child(this.document, 'w:body');
    if (!body) throw new Error('no w:body');
    return body;
  }

  /** The paragraphs and tables of the body, in order. */
  blocks(): DocxBlock[] {
    return this.body.children.flatMap((element): DocxBlock[] => {
      if (element.name === 'w:p') return [{ kind: 'paragraph', paragraph: readParagraph(element) }];
      if (element.name === 'w:tbl') return [{ kind: 'table', table: readTable(element) }];
      return [];
    });
  }

  /** The body's top-level paragraphs (outside tables). */
  paragraphs(): DocxParagraph[] {
    return this.blocks().flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph] : []));
  }

  tables(): DocxTable[] {
    return this.blocks().flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  }

  page(): DocxPage {
    const section = child(this.body, 'w:sectPr');
    const size = child(section, 'w:pgSz')?.attributes ?? {};
    const margin = child(section, 'w:pgMar')?.attributes ?? {};
    return {
      widthTwips: Number(size['w:w']),
      heightTwips: Number(size['w:h']),
      margins: {
        top: Number(margin['w:top']),
        bottom: Number(margin['w:bottom']),
        left: Number(margin['w:left']),
        right: Number(margin['w:right']),
        header: Number(margin['w:header']),
      },
      titlePage: isOn(child(section, 'w:titlePg')),
    };
  }

  /** The paragraphs of the page header of `type` ("default", "first"), or undefined when there is none. */
  header(type: 'default' | 'first'): DocxParagraph[] | undefined {
    const reference = child(this.body, 'w:sectPr')?.children.find((c) => c.name === 'w:headerReference' && c.attributes['w:type'] === type);
    if (!reference) return undefined;
    const relations = parseXml(this.parts.get('word/_rels/document.xml.rels') ?? '');
    const target = relations.children.find((r) => r.attributes.Id === reference.attributes['r:id'])?.attributes.Target;
    const xml = target && this.parts.get(`word/${target}`);
    if (!xml) throw new Error(`header ${type} points at a missing part`);
    return descendants(parseXml(xml), 'w:p').map(readParagraph);
  }

  /** Every piece of text and every attribute value in every part: body, headers, notes, properties. */
  allText(): string {
    const texts = (element: XmlElement): string[] => [
      element.text,
      ...Object.values(element.attributes),
      ...element.children.flatMap(texts),
    ];
    return [...this.parts.values()].map((xml) => texts(parseXml(xml)).join(' ')).join('\n');
  }
}
