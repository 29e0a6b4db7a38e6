/**
 * Dates on the wire (xs:dateTime). The native reader parses them in C++
 * (ParseDate in native/xml_reader.cc); this module parses the same grammar
 * for the strings the writer and the types' constructors accept, and
 * formats a Date the way the reader reads it back.
 */

/** The farthest a JS Date reaches from the epoch, in milliseconds. */
const MAX_DATE_MILLIS = 8.64e15;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// year (4 to 6 digits, optional '-'), month, day, then optionally the time
// (fraction of any length) and a zone.
const DATE_TIME = /^(-?)(\d{4,6})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?)?(?:(Z)|([+-])(\d\d):(\d\d))?$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * An xs:dateTime (or xs:date) string as epoch milliseconds, or NaN when it
 * is not one: the day must exist in its month (leap years counted), hours
 * are 0–23, minutes and seconds 0–59, a zone at most 14:00 away (none means
 * UTC), and the time must be one a Date holds. Year 0 is 1 BC, as in XML
 * Schema 1.1 and `Date`. Fractions of a millisecond are dropped.
 */
export function parseDateTime(s: string): number {
  const m = DATE_TIME.exec(s);
  if (m === null) return NaN;
  const year = (m[1] === '-' ? -1 : 1) * Number(m[2]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1])) return NaN;
  const hour = m[5] === undefined ? 0 : Number(m[5]);
  const minute = m[6] === undefined ? 0 : Number(m[6]);
  const second = m[7] === undefined ? 0 : Number(m[7]);
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const millis = m[8] === undefined ? 0 : Number(m[8].slice(0, 3).padEnd(3, '0'));
  let offset = 0;
  if (m[10] !== undefined) {
    const oh = Number(m[11]);
    const om = Number(m[12]);
    if (oh > 14 || om > 59 || (oh === 14 && om > 0)) return NaN;
    offset = (m[10] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offset) * 60000 + second * 1000 + millis;
  return Math.abs(ms) <= MAX_DATE_MILLIS ? ms : NaN;
}

/**
 * A valid Date as xs:dateTime in UTC with milliseconds. Years beyond 9999
 * and before 0 are written as XML Schema writes them (`10000-01-01T…`,
 * `-0001-…`), not with the `+`/six digits of `toISOString()`, so that every
 * Date reads back as itself.
 */
export function formatDateTime(d: Date): string {
  const iso = d.toISOString(); // 'YYYY-…' for years 0 to 9999, else '+YYYYYY-…' or '-YYYYYY-…'
  const sign = iso[0];
  if (sign !== '+' && sign !== '-') return iso;
  // Six digits: drop the zeros in front of the four a year needs.
  const year = iso.slice(1, 7).replace(/^0{1,2}/, '');
  return (sign === '-' ? '-' : '') + year + iso.slice(7);
}
