// Which export a zip is, from its member list (part of its content, unlike the zip's own file name).
// Kept together so each detection can rule out the others: an Apple Health export also holds GPX
// workout routes, and a Garmin export holds FIT files, but they are not "a zip of activities".
const base = (member: string): string => member.slice(member.lastIndexOf('/') + 1);

export const isGarminExport = (members: string[]): boolean => members.some((m) => m.startsWith('DI_CONNECT/'));
export const isAppleHealthExport = (members: string[]): boolean => members.some((m) => base(m).toLowerCase() === 'export.xml');
export const isHealthConnectExport = (members: string[]): boolean => members.some((m) => base(m) === 'health_connect_export.db');

const FITBIT_CHUNK = /^(sleep|weight)-\d{4}-\d{2}-\d{2}\.json$/;
export const isFitbitChunk = (member: string): boolean => FITBIT_CHUNK.test(base(member));
export const isFitbitExport = (members: string[]): boolean => !isGarminExport(members) && members.some(isFitbitChunk);

/** Names worth opening to look inside (a cheap filter; what they are is decided by content). */
export const ACTIVITY_NAME = /\.(fit|gpx|tcx)(\.gz)?$/i;
export const isActivityCollection = (members: string[]): boolean =>
  !isGarminExport(members) && !isAppleHealthExport(members) && !isHealthConnectExport(members) && !isFitbitExport(members) && members.some((m) => ACTIVITY_NAME.test(m));
