export declare function newestMtime(target: string): number;
export declare function staleBuildReason(root?: string, outputs?: string[]): string | null;
