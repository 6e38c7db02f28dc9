import { type DocumentHeader, isIsoDate } from './documentHeader.js';

/** Room left for a number written in by hand when the document is issued. */
const BLANK_NUMBER = '\u00a0'.repeat(6);

/** "Số 12-BC/CB"; while the number is blank, room to write it in: "Số       -BC/CB". */
export function numberAndSymbolText({ number, symbol }: Pick<DocumentHeader, 'number' | 'symbol'>): string {
  const written = number.trim() || BLANK_NUMBER;
  return symbol.trim() ? `Số ${written}-${symbol.trim()}` : `Số ${written}`;
}

/**
 * "Ô Chợ Dừa, ngày 05 tháng 12 năm 2024": days below 10 and the months January and February take
 * a leading zero (Hướng dẫn 36-HD/VPTW, as the state's rules do), so nobody can add a digit later.
 */
export function placeAndDateText({ place, date }: Pick<DocumentHeader, 'place' | 'date'>): string {
  const where = place.trim() || '…';
  if (!isIsoDate(date)) return `${where}, ngày … tháng … năm …`;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${where}, ngày ${String(day).padStart(2, '0')} tháng ${monthText} năm ${year}`;
}

/** The "Nơi nhận" lines: "- Đảng ủy phường (để báo cáo);" …, the last one closed with a full stop. */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((recipient, index) => {
    const bare = recipient.trim().replace(/[,;.]+$/, '');
    return `- ${bare}${index === recipients.length - 1 ? '.' : ';'}`;
  });
}
