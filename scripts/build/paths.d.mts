export declare const REPO_ROOT: string;
export declare const SERVER_BUNDLE: string;
export declare const WEB_INDEX: string;
export declare const PGLITE_TEMPLATE: string;
