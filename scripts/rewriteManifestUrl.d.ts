/** Types for rewriteManifestUrl.js (plain CommonJS so webpack.config.js can require it). */
export declare const DEV_URL: string;
export declare const DEFAULT_ADDIN_URL: string;
export declare function normaliseAddinUrl(url: string): string;
export declare function rewriteManifestUrl(manifest: string, addinUrl: string): string;
export declare const DEV_ID: string;
export declare const PRODUCTION_ID: string;
export declare const DEV_NAME: string;
export declare const PRODUCTION_NAME: string;
export declare function productionManifest(manifest: string, addinUrl: string): string;
