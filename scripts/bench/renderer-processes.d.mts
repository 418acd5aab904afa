export function rendererPids(profile: string): number[];
export function renderersResidentMb(profile: string): number;
