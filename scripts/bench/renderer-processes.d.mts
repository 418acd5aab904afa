export function rendererPids(profile: string): number[];
export function residentMb(pid: number): number | null;
export function renderersResidentMb(profile: string): number;
