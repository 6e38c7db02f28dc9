import type { Section, Template } from '@van-kien/templates';
import * as Y from 'yjs';
import { RawSyncClient } from './RawSyncClient.js';
import type { TestServer } from './testServer.js';
import { asUser, type SignedInUser } from './ward.js';

/** A2, the chi bộ's political report: sections nested three deep, numbered PHẦN THỨ NHẤT → I. → 1. → a). */
export const CHI_BO_REPORT = 'bao-cao-chinh-tri-chi-bo';

/** Creates a document of a chi bộ from `templateId` as `owner` (its secretary); returns its id. */
export async function createDraft(
  server: TestServer,
  owner: SignedInUser,
  organizationId: string,
  chiBo: string,
  templateId = CHI_BO_REPORT,
): Promise<string> {
  const response = await asUser(server, owner, '/api/documents', {
    method: 'POST',
    body: JSON.stringify({ templateId, fields: { chiBo }, organizationId }),
  });
  if (response.status !== 201) throw new Error(`creating a draft failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

const isSection = (node: unknown): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'section';

/** Every section of a document made from a template, by the template section it was made from. */
export function sectionsByTemplateId(doc: Y.Doc): Map<string, Y.XmlElement> {
  const found = new Map<string, Y.XmlElement>();
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const section of parent.toArray().filter(isSection)) {
      found.set(String(section.getAttribute('templateSectionId')), section);
      visit(section);
    }
  };
  visit(doc.getXmlFragment('content'));
  return found;
}

/** A template's sections in document order, subsections after their parent. */
export function allSections(template: Template): Section[] {
  const sections: Section[] = [];
  const walk = (list: readonly Section[]): void => {
    for (const section of list) {
      sections.push(section);
      walk(section.children);
    }
  };
  walk(template.sections);
  return sections;
}

/** The text of the first paragraph of a section, where `writeSections` writes. */
export function firstParagraphText(doc: Y.Doc, templateSectionId: string): Y.XmlText {
  const paragraph = sectionsByTemplateId(doc).get(templateSectionId)!.get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

/** Opens a real socket as `user` (an editor), lets `edit` change the document, and waits until the server stored it. */
export async function editDocument(server: TestServer, user: SignedInUser, documentId: string, edit: (doc: Y.Doc) => void): Promise<Y.Doc> {
  const client = await RawSyncClient.connect(server.wsBase, documentId, { cookie: user.cookie });
  client.hello();
  await client.sync();
  client.edit(edit);
  await client.allSaved();
  client.close();
  return client.doc;
}

/** Writes each text into the first paragraph of its section (by template section id); returns the document as stored. */
export function writeSections(server: TestServer, user: SignedInUser, documentId: string, texts: Record<string, string>): Promise<Y.Doc> {
  return editDocument(server, user, documentId, (doc) => {
    const sections = sectionsByTemplateId(doc);
    for (const [templateSectionId, text] of Object.entries(texts)) {
      (sections.get(templateSectionId)!.get(0) as Y.XmlElement).insert(0, [new Y.XmlText(text)]);
    }
  });
}

/** The document's content as the server holds it, read by the administrator over a socket. */
export async function readStoredDocument(server: TestServer, documentId: string): Promise<Y.Doc> {
  const reader = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
  await reader.sync();
  reader.close();
  return reader.doc;
}
