export function residentMb(pid: number): number | null;
