import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DOCUMENT_HEADER_MAP,
  type DocumentHeader,
  DocumentHeaderError,
  readDocumentHeader,
  readStoredHeader,
  writeDocumentHeaderField,
} from './documentHeader.js';

const defaults: DocumentHeader = {
  upperOrganization: 'Đảng bộ phường Ô Chợ Dừa',
  issuingOrganization: 'Chi bộ khu dân cư số 1',
  number: '',
  symbol: 'BC/CB',
  place: 'Ô Chợ Dừa',
  date: '2025-03-04',
  documentKind: 'BÁO CÁO',
  summary: 'kiểm điểm của Chi ủy',
  signerCapacity: 'T/M CHI BỘ',
  signerTitle: 'BÍ THƯ',
  signerName: 'Trần Văn Minh',
  recipients: ['Đảng ủy phường (để báo cáo)', 'Lưu Chi bộ'],
};

describe('the document header kept in the Y.Doc', () => {
  it('is the defaults until someone sets a field, then that field as set', () => {
    const doc = new Y.Doc();
    expect(readDocumentHeader(doc, defaults)).toEqual(defaults);
    writeDocumentHeaderField(doc, 'number', '12');
    writeDocumentHeaderField(doc, 'recipients', ['Ban Thường vụ Đảng ủy', '', '  Lưu Chi bộ  ']);
    expect(readDocumentHeader(doc, defaults)).toEqual({
      ...defaults,
      number: '12',
      recipients: ['Ban Thường vụ Đảng ủy', 'Lưu Chi bộ'],
    });
  });

  it('travels to another replica as an ordinary Yjs update', () => {
    const writer = new Y.Doc();
    const reader = new Y.Doc();
    writer.on('update', (update: Uint8Array) => Y.applyUpdate(reader, update));
    writeDocumentHeaderField(writer, 'signerName', 'Phạm Thị Lan');
    expect(readDocumentHeader(reader, defaults).signerName).toBe('Phạm Thị Lan');
  });

  it('keeps a text field as typed, spaces included, and prints it trimmed', () => {
    const doc = new Y.Doc();
    writeDocumentHeaderField(doc, 'place', 'Ô Chợ ');
    expect(readStoredHeader(doc).place).toBe('Ô Chợ ');
    expect(readDocumentHeader(doc, defaults).place).toBe('Ô Chợ');
  });

  it('goes back to the default when a field is emptied', () => {
    const doc = new Y.Doc();
    writeDocumentHeaderField(doc, 'place', 'Hà Nội');
    writeDocumentHeaderField(doc, 'place', '   ');
    writeDocumentHeaderField(doc, 'recipients', ['Lưu']);
    writeDocumentHeaderField(doc, 'recipients', ['', ' ']);
    expect(readStoredHeader(doc)).toEqual({});
    expect(readDocumentHeader(doc, defaults)).toEqual(defaults);
  });

  it('refuses a malformed value with an error naming the field, and changes nothing', () => {
    const doc = new Y.Doc();
    writeDocumentHeaderField(doc, 'date', '2025-05-01');
    const before = Y.encodeStateAsUpdate(doc);
    const refused = (write: () => void) => {
      expect(write).toThrow(DocumentHeaderError);
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    };
    refused(() => writeDocumentHeaderField(doc, 'date', '2025-02-30'));
    refused(() => writeDocumentHeaderField(doc, 'date', '05/01/2025'));
    refused(() => writeDocumentHeaderField(doc, 'summary', 'x'.repeat(301)));
    refused(() => writeDocumentHeaderField(doc, 'summary', 'hai\ndòng'));
    refused(() => writeDocumentHeaderField(doc, 'recipients', 'Lưu' as unknown as string[]));
    refused(() =>
      writeDocumentHeaderField(
        doc,
        'recipients',
        Array.from({ length: 31 }, (_, i) => `Nơi ${i}`),
      ),
    );
    expect(() => writeDocumentHeaderField(doc, 'date', 'hôm nay')).toThrow('date: must be a date written yyyy-mm-dd');
  });

  it('ignores what a broken client stored in the wrong shape, so the default prints', () => {
    const doc = new Y.Doc();
    const map = doc.getMap(DOCUMENT_HEADER_MAP);
    map.set('number', 12);
    map.set('date', 'mai');
    map.set('recipients', [3, 'Lưu Chi bộ']);
    map.set('summary', 'y'.repeat(400));
    expect(readDocumentHeader(doc, defaults)).toEqual({ ...defaults, recipients: ['Lưu Chi bộ'] });
  });
});
