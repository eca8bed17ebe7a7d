export declare const COUNTER_BUILD_MODE: string;
