/**
 * Generated — do not edit. The HTTP API's OpenAPI document (the routes' own zod schemas, built
 * in-process by tools/openapi/generate-web-client.ts) rendered by openapi-typescript.
 * Regenerate after changing a route's schema: `npm run generate:client` (tools/openapi/generated-client.test.ts
 * fails while this file is stale). Use it through apps/web/src/api/api-types.ts.
 */
export interface paths {
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenAPI 文档 This OpenAPI document (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            openapi: string;
                            info: {
                                title: string;
                                version: string;
                            } & {
                                [key: string]: unknown;
                            };
                            paths: {
                                [key: string]: {
                                    [key: string]: unknown;
                                };
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 Health check (public); demo = true when demo logins are enabled */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            demo: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Log in with username and password; sets the huiqi_session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                                jurisdiction: string;
                                uscc?: string;
                                enterpriseName?: string;
                                departmentId?: string;
                                departmentName?: {
                                    zh: string;
                                    en: string;
                                };
                                institutionId?: string;
                                institutionName?: {
                                    zh: string;
                                    en: string;
                                };
                                isDemo: boolean;
                                mustChangePassword?: boolean;
                                /** @enum {string} */
                                authenticatedVia?: "SESSION" | "TOKEN";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 Log out (ends the session; always 204) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 无内容 No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 The signed-in user (401 when not logged in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                            jurisdiction: string;
                            uscc?: string;
                            enterpriseName?: string;
                            departmentId?: string;
                            departmentName?: {
                                zh: string;
                                en: string;
                            };
                            institutionId?: string;
                            institutionName?: {
                                zh: string;
                                en: string;
                            };
                            isDemo: boolean;
                            mustChangePassword?: boolean;
                            /** @enum {string} */
                            authenticatedVia?: "SESSION" | "TOKEN";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区列表 Jurisdictions (city and districts), for filters */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            parentId: string | null;
                            name: {
                                zh: string;
                                en: string;
                            };
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的 API 令牌 My API tokens (never the secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                prefix: string;
                                createdAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 创建 API 令牌 Create an API token for machine clients (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            prefix: string;
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销 API 令牌 Revoke one of my tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 无内容 No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业列表 Enterprises within my jurisdiction in name order (an enterprise user gets only its own row): q is a credit-code prefix (letters and digits) or any part of the name; pages by key with after=nextCursor (page by number only for the first 2 000 rows); total exact up to 10 000, else an estimate (totalEstimated) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    district?: string;
                    industry?: string;
                    tag?: "HIGH_TECH" | "TECH_SME" | "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                    after?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                uscc: string;
                                name: string;
                                district: string;
                                districtName: string;
                                industryCode: string;
                                registrationDate: string;
                                tags: string[];
                                latestYear: number | null;
                                employees: number | null;
                                revenueFen: number | null;
                            }[];
                            total: number;
                            totalEstimated: boolean;
                            nextCursor: string | null;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记企业 Register an enterprise (SME-bureau officers, within their jurisdiction); version 1 of its profile */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        uscc: string;
                        name: string;
                        registeredAddress: string;
                        district: string;
                        industryCode: string;
                        registrationDate: string;
                        /** @enum {string} */
                        taxpayerType: "GENERAL" | "SMALL_SCALE";
                        isIndividualBusiness: boolean;
                        /** @default [] */
                        tags?: ("HIGH_TECH" | "TECH_SME" | "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enterprise: {
                                uscc: string;
                                name: string;
                                registeredAddress: string;
                                district: string;
                                districtName: {
                                    zh: string;
                                    en: string;
                                };
                                industryCode: string;
                                registrationDate: string;
                                /** @enum {string} */
                                taxpayerType: "GENERAL" | "SMALL_SCALE";
                                isIndividualBusiness: boolean;
                                tags: string[];
                                version: number;
                                validFrom: string;
                            };
                            figures: {
                                year: number;
                                employees: number;
                                revenueFen: number;
                                totalAssetsFen: number;
                                rdExpenseFen: number | null;
                                mainBusinessRevenueFen: number | null;
                                version: number;
                                validFrom: string;
                            }[];
                            permissions: {
                                canEdit: boolean;
                                canEditTags: boolean;
                                canRecordFigures: boolean;
                            };
                            asOf: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业档案 One enterprise: profile, yearly figures and what I may do; ?asOf=YYYY-MM-DD gives the state at the end of that day (China time) */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enterprise: {
                                uscc: string;
                                name: string;
                                registeredAddress: string;
                                district: string;
                                districtName: {
                                    zh: string;
                                    en: string;
                                };
                                industryCode: string;
                                registrationDate: string;
                                /** @enum {string} */
                                taxpayerType: "GENERAL" | "SMALL_SCALE";
                                isIndividualBusiness: boolean;
                                tags: string[];
                                version: number;
                                validFrom: string;
                            };
                            figures: {
                                year: number;
                                employees: number;
                                revenueFen: number;
                                totalAssetsFen: number;
                                rdExpenseFen: number | null;
                                mainBusinessRevenueFen: number | null;
                                version: number;
                                validFrom: string;
                            }[];
                            permissions: {
                                canEdit: boolean;
                                canEditTags: boolean;
                                canRecordFigures: boolean;
                            };
                            asOf: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改企业档案 Change profile fields (the enterprise itself, or SME-bureau officers; tags: SME bureau only). Each change is a new dated version. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        registeredAddress?: string;
                        district?: string;
                        industryCode?: string;
                        registrationDate?: string;
                        /** @enum {string} */
                        taxpayerType?: "GENERAL" | "SMALL_SCALE";
                        isIndividualBusiness?: boolean;
                        tags?: ("HIGH_TECH" | "TECH_SME" | "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enterprise: {
                                uscc: string;
                                name: string;
                                registeredAddress: string;
                                district: string;
                                districtName: {
                                    zh: string;
                                    en: string;
                                };
                                industryCode: string;
                                registrationDate: string;
                                /** @enum {string} */
                                taxpayerType: "GENERAL" | "SMALL_SCALE";
                                isIndividualBusiness: boolean;
                                tags: string[];
                                version: number;
                                validFrom: string;
                            };
                            figures: {
                                year: number;
                                employees: number;
                                revenueFen: number;
                                totalAssetsFen: number;
                                rdExpenseFen: number | null;
                                mainBusinessRevenueFen: number | null;
                                version: number;
                                validFrom: string;
                            }[];
                            permissions: {
                                canEdit: boolean;
                                canEditTags: boolean;
                                canRecordFigures: boolean;
                            };
                            asOf: string | null;
                            changedFields: string[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/enterprises/{uscc}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 变更历史 Every version of the profile and the yearly figures, newest first, with who and when */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "PROFILE" | "FIGURES";
                                version: number;
                                year: number | null;
                                /** @enum {string} */
                                changeKind: "CREATED" | "IMPORTED" | "UPDATED";
                                validFrom: string;
                                actor: {
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                changedFields: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/figures/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 填报年度数据 Record one year's figures (the enterprise itself); money in integer fen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        employees: number;
                        revenueFen: number;
                        totalAssetsFen: number;
                        rdExpenseFen?: number | null;
                        mainBusinessRevenueFen?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            figures: {
                                year: number;
                                employees: number;
                                revenueFen: number;
                                totalAssetsFen: number;
                                rdExpenseFen: number | null;
                                mainBusinessRevenueFen: number | null;
                                version: number;
                                validFrom: string;
                            };
                            changedFields: string[];
                            /** @enum {string} */
                            status: "UPDATED" | "UNCHANGED";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门列表 Departments (officers and auditors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: {
                                zh: string;
                                en: string;
                            };
                            jurisdiction: string;
                            isSmeBureau: boolean;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门详情 A department with its officers (its own officers, the SME bureau and auditors only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            department: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                jurisdiction: string;
                                isSmeBureau: boolean;
                            };
                            officers: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 The audit log, newest first (auditors and the SME bureau): by page number for the first 2 000 events, deeper by `before` (the `nextBefore` of the page before); the total is exact up to 10 000 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    before?: number;
                    type?: string;
                    subject?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                type: string;
                                occurredAt: string;
                                actor: {
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                subject: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                            }[];
                            total: number;
                            totalIsLowerBound: boolean;
                            nextBefore: number | null;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计链 Verify the hash chain; names the first bad sequence number */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checked: number;
                            lastSeq: number;
                            firstBadSeq?: number;
                            problem?: string;
                            message?: {
                                zh: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求类型 Appeal types (which may be anonymous), rejection reasons and satisfaction levels (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            types: {
                                code: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                description: {
                                    zh: string;
                                    en: string;
                                };
                                isAnonymousAllowed: boolean;
                            }[];
                            rejectionReasons: {
                                code: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                onlyFor: string[] | null;
                                needsRelatedCase: boolean;
                            }[];
                            satisfactionLevels: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/arrears-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拖欠账款测算 The statutory payment due date and overdue interest of an arrears complaint form as of today (保障中小企业款项支付条例), before submitting; field errors name the field */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueDate: string;
                            asOf: string;
                            outstandingFen: number;
                            overdueDays: number;
                            interestFen: number;
                            basis: string[];
                            explanation: {
                                zh: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办看板 Per responsible department and month of submission: 响应率、办结率、解决率、满意率 with counts (supervision office and auditors). Default: the last 12 months. */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            asOf: string;
                            isTruncated: boolean;
                            departments: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            rows: {
                                department: string;
                                month: string;
                                received: number;
                                rejected: number;
                                withdrawn: number;
                                handled: number;
                                due: number;
                                undetermined: number;
                                responseRate: {
                                    numerator: number;
                                    denominator: number;
                                    rate: number | null;
                                };
                                onTimeClosingRate: {
                                    numerator: number;
                                    denominator: number;
                                    rate: number | null;
                                };
                                resolutionRate: {
                                    numerator: number;
                                    denominator: number;
                                    rate: number | null;
                                };
                                satisfactionRate: {
                                    numerator: number;
                                    denominator: number;
                                    rate: number | null;
                                };
                                ratings: {
                                    satisfied: number;
                                    basicallySatisfied: number;
                                    dissatisfied: number;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/public-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求公开统计 Monthly counts by type, responsible department and outcome — no case ids, names, texts or dates finer than the month (public, no login) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            rows: {
                                month: string;
                                type: string;
                                department: string;
                                counts: {
                                    [key: string]: number;
                                };
                                total: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办清单 Open cases whose earliest running due date is past or within `withinDays` days (default 3), earliest first; plus cases awaiting an extension decision (supervision office and auditors) */
        get: {
            parameters: {
                query?: {
                    withinDays?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            dueSoon: {
                                trackingNumber: string;
                                /** @enum {string} */
                                type: "POLICY_QUESTION" | "REQUEST" | "COMPLAINT" | "ARREARS_COMPLAINT" | "INSPECTION_COMPLAINT";
                                typeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                status: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "DISPATCH_DISPUTED" | "EXTENSION_REQUESTED" | "INFO_REQUESTED" | "ANSWERED" | "RATED" | "CLOSED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                isFinal: boolean;
                                /** @enum {string} */
                                stage: "SUBMITTED" | "HANDLING" | "ANSWERED" | "CLOSED";
                                title: string;
                                isAnonymous: boolean;
                                owner: string;
                                lead: string | null;
                                handlerName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                coHandlers: string[];
                                submittedAt: string;
                                updatedAt: string;
                                nextDueAt: string | null;
                                isPaused: boolean;
                                isOverdue: boolean;
                            }[];
                            extensionRequests: {
                                trackingNumber: string;
                                /** @enum {string} */
                                type: "POLICY_QUESTION" | "REQUEST" | "COMPLAINT" | "ARREARS_COMPLAINT" | "INSPECTION_COMPLAINT";
                                typeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                status: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "DISPATCH_DISPUTED" | "EXTENSION_REQUESTED" | "INFO_REQUESTED" | "ANSWERED" | "RATED" | "CLOSED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                isFinal: boolean;
                                /** @enum {string} */
                                stage: "SUBMITTED" | "HANDLING" | "ANSWERED" | "CLOSED";
                                title: string;
                                isAnonymous: boolean;
                                owner: string;
                                lead: string | null;
                                handlerName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                coHandlers: string[];
                                submittedAt: string;
                                updatedAt: string;
                                nextDueAt: string | null;
                                isPaused: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求列表 Appeals I may see: my enterprise's (enterprise), my department's (officers), all (view=all: SME bureau as supervision office; auditors). Never shows the reporter. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "DISPATCH_DISPUTED" | "EXTENSION_REQUESTED" | "INFO_REQUESTED" | "ANSWERED" | "RATED" | "CLOSED" | "WITHDRAWN";
                    view?: "mine" | "all";
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                trackingNumber: string;
                                /** @enum {string} */
                                type: "POLICY_QUESTION" | "REQUEST" | "COMPLAINT" | "ARREARS_COMPLAINT" | "INSPECTION_COMPLAINT";
                                typeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                status: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "DISPATCH_DISPUTED" | "EXTENSION_REQUESTED" | "INFO_REQUESTED" | "ANSWERED" | "RATED" | "CLOSED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                isFinal: boolean;
                                /** @enum {string} */
                                stage: "SUBMITTED" | "HANDLING" | "ANSWERED" | "CLOSED";
                                title: string;
                                isAnonymous: boolean;
                                owner: string;
                                lead: string | null;
                                handlerName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                coHandlers: string[];
                                submittedAt: string;
                                updatedAt: string;
                                nextDueAt: string | null;
                                isPaused: boolean;
                            }[];
                            total: number;
                            totalEstimated: boolean;
                            page: number;
                            pageSize: number;
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提交诉求 Submit an appeal (enterprise users). Send an Idempotency-Key header: a retry with the same key returns the same case (200) instead of a second one (201). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "POLICY_QUESTION" | "REQUEST" | "COMPLAINT" | "ARREARS_COMPLAINT" | "INSPECTION_COMPLAINT";
                        title: string;
                        description: string;
                        /** @default false */
                        isAnonymous?: boolean;
                        contactName?: string | null;
                        contactPhone?: string | null;
                        contactEmail?: string | null;
                        /** @default [] */
                        attachmentIds?: string[];
                        relatedCaseId?: string | null;
                        arrears?: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingNumber: string;
                            isDuplicate: boolean;
                            case: {
                                /** @enum {string} */
                                access: "REPORTER" | "DEPARTMENT" | "SUPERVISOR";
                                caseId: string;
                                trackingNumber: string;
                                /** @enum {string} */
                                type: "POLICY_QUESTION" | "REQUEST" | "COMPLAINT" | "ARREARS_COMPLAINT" | "INSPECTION_COMPLAINT";
                                typeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                status: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "DISPATCH_DISPUTED" | "EXTENSION_REQUESTED" | "INFO_REQUESTED" | "ANSWERED" | "RATED" | "CLOSED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                isFinal: boolean;
                                /** @enum {string} */
                                stage: "SUBMITTED" | "HANDLING" | "ANSWERED" | "CLOSED";
                                title: string;
                                description: string;
                                isAnonymous: boolean;
                                reporter: ({
                                    enterpriseName: string | null;
                                    uscc: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                owner: string;
                                lead: string | null;
                                coHandlers: string[];
                                submittedAt: string;
                                closedAt: string | null;
                                deadlines: {
                                    /** @enum {string} */
                                    clock: "ACCEPT" | "TRANSFER" | "ANSWER";
                                    due: string | null;
                                    dueAt: string | null;
                                    runsOutAt: string | null;
                                    latestDue: string | null;
                                    extension: {
                                        approvedOn: string;
                                        approvedDue: string;
                                    } | null;
                                    isMet: boolean;
                                    metAt: string | null;
                                    source: {
                                        title: string;
                                        provision: string | null;
                                        url: string | null;
                                        /** @enum {string} */
                                        verification: "CONFIRMED" | "SECONDARY" | "UNVERIFIED";
                                    };
                                    problem: {
                                        code: string;
                                        message: {
                                            zh: string;
                                            en: string;
                                        };
                                        year?: number;
                                    } | null;
                                }[];
                                pauses: {
                                    from: string;
                                    until: string | null;
                                    requestedAt: string;
                                    providedAt: string | null;
                                    items: string;
                                }[];
                                pendingExtension: {
                                    requestedDue: string;
                                    requestedAt: string;
                                    reason: string | null;
                                } | null;
                                attachments: {
                                    id: string;
                                    name: string;
                                    sha256?: string;
                                }[];
                                answers: {
                                    at: string;
                                    by: string;
                                    text: string;
                                    attachments: {
                                        id: string;
                                        name: string;
                                        sha256?: string;
                                    }[];
                                    isOnTime: boolean | null;
                                }[];
                                rating: {
                                    at: string;
                                    /** @enum {string} */
                                    satisfaction: "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED";
                                    isResolved: boolean;
                                    comment: string | null;
                                } | null;
                                reopenCount: number;
                                arrears: {
                                    form: {
                                        [key: string]: unknown;
                                    };
                                    terms: {
                                        dueDate: string;
                                        asOf: string;
                                        outstandingFen: number;
                                        overdueDays: number;
                                        interestFen: number;
                                        basis: string[];
                                        explanation: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | null;
                                } | null;
                                creditMark: {
                                    at: string;
                                    finding: string;
                                    legalRef: string;
                                } | null;
                                timeline: {
                                    at: string;
                                    /** @enum {string} */
                                    type: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "TRANSFERRED" | "RETURNED" | "EXTENSION_REQUESTED" | "EXTENSION_APPROVED" | "EXTENSION_DENIED" | "INFO_REQUESTED" | "INFO_PROVIDED" | "NOTE_ADDED" | "ANSWERED" | "RATED" | "REOPENED" | "CLOSED" | "WITHDRAWN" | "URGED" | "SUPERVISION_NOTICE" | "CREDIT_MARKED" | "REMINDER_SENT" | "DEADLINES_RECOMPUTED";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    byRole: "ENTERPRISE" | "DEPARTMENT" | "SUPERVISOR" | "SYSTEM";
                                    byDepartment: string | null;
                                    byUser: string | null;
                                    text: string | null;
                                }[];
                                availableActions: {
                                    /** @enum {string} */
                                    type: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "TRANSFERRED" | "RETURNED" | "EXTENSION_REQUESTED" | "EXTENSION_APPROVED" | "EXTENSION_DENIED" | "INFO_REQUESTED" | "INFO_PROVIDED" | "NOTE_ADDED" | "ANSWERED" | "RATED" | "REOPENED" | "CLOSED" | "WITHDRAWN" | "URGED" | "SUPERVISION_NOTICE" | "CREDIT_MARKED" | "REMINDER_SENT" | "DEADLINES_RECOMPUTED";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                            } & {
                                [key: string]: unknown;
                            };
                            warnings: {
                                code: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingNumber: string;
                            isDuplicate: boolean;
                            case: {
                                /** @enum {string} */
                                access: "REPORTER" | "DEPARTMENT" | "SUPERVISOR";
                                caseId: string;
                                trackingNumber: string;
                                /** @enum {string} */
                                type: "POLICY_QUESTION" | "REQUEST" | "COMPLAINT" | "ARREARS_COMPLAINT" | "INSPECTION_COMPLAINT";
                                typeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                status: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "DISPATCH_DISPUTED" | "EXTENSION_REQUESTED" | "INFO_REQUESTED" | "ANSWERED" | "RATED" | "CLOSED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                isFinal: boolean;
                                /** @enum {string} */
                                stage: "SUBMITTED" | "HANDLING" | "ANSWERED" | "CLOSED";
                                title: string;
                                description: string;
                                isAnonymous: boolean;
                                reporter: ({
                                    enterpriseName: string | null;
                                    uscc: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                owner: string;
                                lead: string | null;
                                coHandlers: string[];
                                submittedAt: string;
                                closedAt: string | null;
                                deadlines: {
                                    /** @enum {string} */
                                    clock: "ACCEPT" | "TRANSFER" | "ANSWER";
                                    due: string | null;
                                    dueAt: string | null;
                                    runsOutAt: string | null;
                                    latestDue: string | null;
                                    extension: {
                                        approvedOn: string;
                                        approvedDue: string;
                                    } | null;
                                    isMet: boolean;
                                    metAt: string | null;
                                    source: {
                                        title: string;
                                        provision: string | null;
                                        url: string | null;
                                        /** @enum {string} */
                                        verification: "CONFIRMED" | "SECONDARY" | "UNVERIFIED";
                                    };
                                    problem: {
                                        code: string;
                                        message: {
                                            zh: string;
                                            en: string;
                                        };
                                        year?: number;
                                    } | null;
                                }[];
                                pauses: {
                                    from: string;
                                    until: string | null;
                                    requestedAt: string;
                                    providedAt: string | null;
                                    items: string;
                                }[];
                                pendingExtension: {
                                    requestedDue: string;
                                    requestedAt: string;
                                    reason: string | null;
                                } | null;
                                attachments: {
                                    id: string;
                                    name: string;
                                    sha256?: string;
                                }[];
                                answers: {
                                    at: string;
                                    by: string;
                                    text: string;
                                    attachments: {
                                        id: string;
                                        name: string;
                                        sha256?: string;
                                    }[];
                                    isOnTime: boolean | null;
                                }[];
                                rating: {
                                    at: string;
                                    /** @enum {string} */
                                    satisfaction: "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED";
                                    isResolved: boolean;
                                    comment: string | null;
                                } | null;
                                reopenCount: number;
                                arrears: {
                                    form: {
                                        [key: string]: unknown;
                                    };
                                    terms: {
                                        dueDate: string;
                                        asOf: string;
                                        outstandingFen: number;
                                        overdueDays: number;
                                        interestFen: number;
                                        basis: string[];
                                        explanation: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | null;
                                } | null;
                                creditMark: {
                                    at: string;
                                    finding: string;
                                    legalRef: string;
                                } | null;
                                timeline: {
                                    at: string;
                                    /** @enum {string} */
                                    type: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "TRANSFERRED" | "RETURNED" | "EXTENSION_REQUESTED" | "EXTENSION_APPROVED" | "EXTENSION_DENIED" | "INFO_REQUESTED" | "INFO_PROVIDED" | "NOTE_ADDED" | "ANSWERED" | "RATED" | "REOPENED" | "CLOSED" | "WITHDRAWN" | "URGED" | "SUPERVISION_NOTICE" | "CREDIT_MARKED" | "REMINDER_SENT" | "DEADLINES_RECOMPUTED";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    byRole: "ENTERPRISE" | "DEPARTMENT" | "SUPERVISOR" | "SYSTEM";
                                    byDepartment: string | null;
                                    byUser: string | null;
                                    text: string | null;
                                }[];
                                availableActions: {
                                    /** @enum {string} */
                                    type: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "TRANSFERRED" | "RETURNED" | "EXTENSION_REQUESTED" | "EXTENSION_APPROVED" | "EXTENSION_DENIED" | "INFO_REQUESTED" | "INFO_PROVIDED" | "NOTE_ADDED" | "ANSWERED" | "RATED" | "REOPENED" | "CLOSED" | "WITHDRAWN" | "URGED" | "SUPERVISION_NOTICE" | "CREDIT_MARKED" | "REMINDER_SENT" | "DEADLINES_RECOMPUTED";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                            } & {
                                [key: string]: unknown;
                            };
                            warnings: {
                                code: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{trackingNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求详情 One appeal as I may see it, with the names of all departments: timeline, due dates with their legal source, pauses, and what I may do next (availableActions). 404 alike for a missing case and one I may not see. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trackingNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                /** @enum {string} */
                                access: "REPORTER" | "DEPARTMENT" | "SUPERVISOR";
                                caseId: string;
                                trackingNumber: string;
                                /** @enum {string} */
                                type: "POLICY_QUESTION" | "REQUEST" | "COMPLAINT" | "ARREARS_COMPLAINT" | "INSPECTION_COMPLAINT";
                                typeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                status: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "DISPATCH_DISPUTED" | "EXTENSION_REQUESTED" | "INFO_REQUESTED" | "ANSWERED" | "RATED" | "CLOSED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                isFinal: boolean;
                                /** @enum {string} */
                                stage: "SUBMITTED" | "HANDLING" | "ANSWERED" | "CLOSED";
                                title: string;
                                description: string;
                                isAnonymous: boolean;
                                reporter: ({
                                    enterpriseName: string | null;
                                    uscc: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                owner: string;
                                lead: string | null;
                                coHandlers: string[];
                                submittedAt: string;
                                closedAt: string | null;
                                deadlines: {
                                    /** @enum {string} */
                                    clock: "ACCEPT" | "TRANSFER" | "ANSWER";
                                    due: string | null;
                                    dueAt: string | null;
                                    runsOutAt: string | null;
                                    latestDue: string | null;
                                    extension: {
                                        approvedOn: string;
                                        approvedDue: string;
                                    } | null;
                                    isMet: boolean;
                                    metAt: string | null;
                                    source: {
                                        title: string;
                                        provision: string | null;
                                        url: string | null;
                                        /** @enum {string} */
                                        verification: "CONFIRMED" | "SECONDARY" | "UNVERIFIED";
                                    };
                                    problem: {
                                        code: string;
                                        message: {
                                            zh: string;
                                            en: string;
                                        };
                                        year?: number;
                                    } | null;
                                }[];
                                pauses: {
                                    from: string;
                                    until: string | null;
                                    requestedAt: string;
                                    providedAt: string | null;
                                    items: string;
                                }[];
                                pendingExtension: {
                                    requestedDue: string;
                                    requestedAt: string;
                                    reason: string | null;
                                } | null;
                                attachments: {
                                    id: string;
                                    name: string;
                                    sha256?: string;
                                }[];
                                answers: {
                                    at: string;
                                    by: string;
                                    text: string;
                                    attachments: {
                                        id: string;
                                        name: string;
                                        sha256?: string;
                                    }[];
                                    isOnTime: boolean | null;
                                }[];
                                rating: {
                                    at: string;
                                    /** @enum {string} */
                                    satisfaction: "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED";
                                    isResolved: boolean;
                                    comment: string | null;
                                } | null;
                                reopenCount: number;
                                arrears: {
                                    form: {
                                        [key: string]: unknown;
                                    };
                                    terms: {
                                        dueDate: string;
                                        asOf: string;
                                        outstandingFen: number;
                                        overdueDays: number;
                                        interestFen: number;
                                        basis: string[];
                                        explanation: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | null;
                                } | null;
                                creditMark: {
                                    at: string;
                                    finding: string;
                                    legalRef: string;
                                } | null;
                                timeline: {
                                    at: string;
                                    /** @enum {string} */
                                    type: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "TRANSFERRED" | "RETURNED" | "EXTENSION_REQUESTED" | "EXTENSION_APPROVED" | "EXTENSION_DENIED" | "INFO_REQUESTED" | "INFO_PROVIDED" | "NOTE_ADDED" | "ANSWERED" | "RATED" | "REOPENED" | "CLOSED" | "WITHDRAWN" | "URGED" | "SUPERVISION_NOTICE" | "CREDIT_MARKED" | "REMINDER_SENT" | "DEADLINES_RECOMPUTED";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    byRole: "ENTERPRISE" | "DEPARTMENT" | "SUPERVISOR" | "SYSTEM";
                                    byDepartment: string | null;
                                    byUser: string | null;
                                    text: string | null;
                                }[];
                                availableActions: {
                                    /** @enum {string} */
                                    type: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "TRANSFERRED" | "RETURNED" | "EXTENSION_REQUESTED" | "EXTENSION_APPROVED" | "EXTENSION_DENIED" | "INFO_REQUESTED" | "INFO_PROVIDED" | "NOTE_ADDED" | "ANSWERED" | "RATED" | "REOPENED" | "CLOSED" | "WITHDRAWN" | "URGED" | "SUPERVISION_NOTICE" | "CREDIT_MARKED" | "REMINDER_SENT" | "DEADLINES_RECOMPUTED";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                            } & {
                                [key: string]: unknown;
                            };
                            departments: {
                                [key: string]: {
                                    zh: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{trackingNumber}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理操作 Perform an action ({ type, payload, id? }): accept, dispatch, return, request/approve an extension, answer, rate, reopen, withdraw, urge … Refusals carry the domain code (APPEAL_…) and a bilingual reason. `case` is null when the action took the case out of my sight (a department returning it). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trackingNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id?: string;
                        /** @enum {string} */
                        type: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "TRANSFERRED" | "RETURNED" | "EXTENSION_REQUESTED" | "EXTENSION_APPROVED" | "EXTENSION_DENIED" | "INFO_REQUESTED" | "INFO_PROVIDED" | "NOTE_ADDED" | "ANSWERED" | "RATED" | "REOPENED" | "CLOSED" | "WITHDRAWN" | "URGED" | "SUPERVISION_NOTICE" | "CREDIT_MARKED" | "REMINDER_SENT" | "DEADLINES_RECOMPUTED";
                        payload: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: ({
                                /** @enum {string} */
                                access: "REPORTER" | "DEPARTMENT" | "SUPERVISOR";
                                caseId: string;
                                trackingNumber: string;
                                /** @enum {string} */
                                type: "POLICY_QUESTION" | "REQUEST" | "COMPLAINT" | "ARREARS_COMPLAINT" | "INSPECTION_COMPLAINT";
                                typeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                status: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "DISPATCH_DISPUTED" | "EXTENSION_REQUESTED" | "INFO_REQUESTED" | "ANSWERED" | "RATED" | "CLOSED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                isFinal: boolean;
                                /** @enum {string} */
                                stage: "SUBMITTED" | "HANDLING" | "ANSWERED" | "CLOSED";
                                title: string;
                                description: string;
                                isAnonymous: boolean;
                                reporter: ({
                                    enterpriseName: string | null;
                                    uscc: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                owner: string;
                                lead: string | null;
                                coHandlers: string[];
                                submittedAt: string;
                                closedAt: string | null;
                                deadlines: {
                                    /** @enum {string} */
                                    clock: "ACCEPT" | "TRANSFER" | "ANSWER";
                                    due: string | null;
                                    dueAt: string | null;
                                    runsOutAt: string | null;
                                    latestDue: string | null;
                                    extension: {
                                        approvedOn: string;
                                        approvedDue: string;
                                    } | null;
                                    isMet: boolean;
                                    metAt: string | null;
                                    source: {
                                        title: string;
                                        provision: string | null;
                                        url: string | null;
                                        /** @enum {string} */
                                        verification: "CONFIRMED" | "SECONDARY" | "UNVERIFIED";
                                    };
                                    problem: {
                                        code: string;
                                        message: {
                                            zh: string;
                                            en: string;
                                        };
                                        year?: number;
                                    } | null;
                                }[];
                                pauses: {
                                    from: string;
                                    until: string | null;
                                    requestedAt: string;
                                    providedAt: string | null;
                                    items: string;
                                }[];
                                pendingExtension: {
                                    requestedDue: string;
                                    requestedAt: string;
                                    reason: string | null;
                                } | null;
                                attachments: {
                                    id: string;
                                    name: string;
                                    sha256?: string;
                                }[];
                                answers: {
                                    at: string;
                                    by: string;
                                    text: string;
                                    attachments: {
                                        id: string;
                                        name: string;
                                        sha256?: string;
                                    }[];
                                    isOnTime: boolean | null;
                                }[];
                                rating: {
                                    at: string;
                                    /** @enum {string} */
                                    satisfaction: "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED";
                                    isResolved: boolean;
                                    comment: string | null;
                                } | null;
                                reopenCount: number;
                                arrears: {
                                    form: {
                                        [key: string]: unknown;
                                    };
                                    terms: {
                                        dueDate: string;
                                        asOf: string;
                                        outstandingFen: number;
                                        overdueDays: number;
                                        interestFen: number;
                                        basis: string[];
                                        explanation: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | null;
                                } | null;
                                creditMark: {
                                    at: string;
                                    finding: string;
                                    legalRef: string;
                                } | null;
                                timeline: {
                                    at: string;
                                    /** @enum {string} */
                                    type: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "TRANSFERRED" | "RETURNED" | "EXTENSION_REQUESTED" | "EXTENSION_APPROVED" | "EXTENSION_DENIED" | "INFO_REQUESTED" | "INFO_PROVIDED" | "NOTE_ADDED" | "ANSWERED" | "RATED" | "REOPENED" | "CLOSED" | "WITHDRAWN" | "URGED" | "SUPERVISION_NOTICE" | "CREDIT_MARKED" | "REMINDER_SENT" | "DEADLINES_RECOMPUTED";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    byRole: "ENTERPRISE" | "DEPARTMENT" | "SUPERVISOR" | "SYSTEM";
                                    byDepartment: string | null;
                                    byUser: string | null;
                                    text: string | null;
                                }[];
                                availableActions: {
                                    /** @enum {string} */
                                    type: "SUBMITTED" | "ACCEPTED" | "REJECTED" | "DISPATCHED" | "TRANSFERRED" | "RETURNED" | "EXTENSION_REQUESTED" | "EXTENSION_APPROVED" | "EXTENSION_DENIED" | "INFO_REQUESTED" | "INFO_PROVIDED" | "NOTE_ADDED" | "ANSWERED" | "RATED" | "REOPENED" | "CLOSED" | "WITHDRAWN" | "URGED" | "SUPERVISION_NOTICE" | "CREDIT_MARKED" | "REMINDER_SENT" | "DEADLINES_RECOMPUTED";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            isDuplicate: boolean;
                            warnings: {
                                code: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{trackingNumber}/reporter-disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 匿名反映人身份查明 Identify the reporter of an anonymous appeal where the law requires it (SME bureau only; audited with its legal basis and reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trackingNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        legalBasis: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingNumber: string;
                            username: string | null;
                            displayName: string | null;
                            uscc: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件 Upload one attachment (multipart/form-data, field file; ≤ 10 MiB; PDF, PNG, JPEG, DOCX, XLSX recognised by content). Returns the id to name in a submission or action. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件 Download an attachment (the uploader, or whoever may see its case); always served as a download, never rendered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 附件 The file as uploaded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/png": string;
                        "image/jpeg": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open311/v2/discovery.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 discovery (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 services = appeal types (public) */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open311/v2/services/{serviceCode}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 service definition (attributes of the arrears complaint) (public) */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    serviceCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 requests I may see, newest first (login; at most 100) */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                    service_code?: string;
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Open311 POST requests: submit an appeal (form-encoded or JSON; attribute[code] for the arrears fields). Logged-in enterprise, or anonymous for types that allow it. Idempotency-Key header honoured. */
        post: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open311/v2/requests/{requestId}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 one request (login; only cases I may see) */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 征求意见列表 Consultations, newest first (public) */
        get: {
            parameters: {
                query?: {
                    workId?: string;
                    status?: "OPEN" | "PROCESSING" | "CLOSED";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                consultationId: string;
                                /** @enum {string} */
                                draftKind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                workTitle: string | null;
                                title: string;
                                issuingBody: string;
                                /** @enum {string} */
                                status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                isFinal: boolean;
                                startDate: string;
                                endDate: string;
                                openedAt: string;
                                publishedAt: string | null;
                                commentCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发起征求意见 Open a consultation on a draft in the law library or on a policy of the console */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        draft: {
                            /** @enum {string} */
                            kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                            workId: string;
                            versionId: string;
                        };
                        title: string;
                        issuingBody: string;
                        contact: {
                            /** @default null */
                            name?: string | null;
                            /** @default null */
                            phone?: string | null;
                            /** @default null */
                            email?: string | null;
                            /** @default null */
                            address?: string | null;
                        };
                        startDate: string;
                        endDate: string;
                        explanatoryNote: string;
                        isIdentityPublished: boolean;
                        /** @default null */
                        shortPeriodReason?: string | null;
                        /** @default true */
                        notifyEnterprises?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 征求意见详情 One consultation with the comments this caller may see (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 征求意见稿 The text under consultation in document order, with the eIds comments anchor to (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                            workId: string;
                            versionId: string;
                            title: string | null;
                            isInLawLibrary: boolean;
                            nodes: ({
                                /** @enum {string} */
                                kind: "block";
                                eid: string;
                                role: string;
                                label: string;
                                paragraphs: {
                                    eid: string;
                                    num: string;
                                    text: string;
                                    isHeading: boolean;
                                    annotations: string[];
                                    items: {
                                        eid: string;
                                        num: string;
                                        text: string;
                                        annotations: string[];
                                        subitems: {
                                            eid: string;
                                            num: string;
                                            text: string;
                                            annotations: string[];
                                        }[];
                                    }[];
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "division";
                                eid: string;
                                type: string;
                                num: string;
                                title: string;
                                parent: string | null;
                                depth: number;
                            } | {
                                /** @enum {string} */
                                kind: "article";
                                eid: string;
                                type: string;
                                num: string;
                                heading: string | null;
                                parent: string | null;
                                annotations: string[];
                                paragraphs: {
                                    eid: string;
                                    num: string;
                                    text: string;
                                    isHeading: boolean;
                                    annotations: string[];
                                    items: {
                                        eid: string;
                                        num: string;
                                        text: string;
                                        annotations: string[];
                                        subitems: {
                                            eid: string;
                                            num: string;
                                            text: string;
                                            annotations: string[];
                                        }[];
                                    }[];
                                }[];
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 采纳情况反馈 Counts per chapter and article and every answer (public once published) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            title: string;
                            issuingBody: string;
                            startDate: string;
                            endDate: string;
                            publishedAt: string | null;
                            totals: {
                                received: number;
                                hidden: number;
                                opinions: number;
                                outcomes: {
                                    ADOPTED: number;
                                    PARTLY_ADOPTED: number;
                                    NOT_ADOPTED: number;
                                    OUT_OF_SCOPE: number;
                                };
                            };
                            wholeDraft: {
                                received: number;
                                hidden: number;
                                opinions: number;
                                outcomes: {
                                    ADOPTED: number;
                                    PARTLY_ADOPTED: number;
                                    NOT_ADOPTED: number;
                                    OUT_OF_SCOPE: number;
                                };
                            };
                            chapters: {
                                received: number;
                                hidden: number;
                                opinions: number;
                                outcomes: {
                                    ADOPTED: number;
                                    PARTLY_ADOPTED: number;
                                    NOT_ADOPTED: number;
                                    OUT_OF_SCOPE: number;
                                };
                                eid: string | null;
                                title: string;
                                articles: {
                                    received: number;
                                    hidden: number;
                                    opinions: number;
                                    outcomes: {
                                        ADOPTED: number;
                                        PARTLY_ADOPTED: number;
                                        NOT_ADOPTED: number;
                                        OUT_OF_SCOPE: number;
                                    };
                                    eid: string;
                                    num: string;
                                    heading: string | null;
                                }[];
                            }[];
                            opinions: {
                                leadId: string;
                                citation: string;
                                articleEid: string | null;
                                text: string;
                                proposedWording: string | null;
                                supporters: number;
                                author: string | null;
                                /** @enum {string} */
                                authorKind: "ENTERPRISE" | "ASSOCIATION" | "PUBLIC";
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    reason: string;
                                } | null;
                            }[];
                            hidden: {
                                commentId: string;
                                citation: string;
                                reason: string;
                            }[];
                            comparison: {
                                /** @enum {string} */
                                kind: "unchanged" | "modified" | "moved" | "added" | "deleted";
                                old: {
                                    eid: string;
                                    num: string;
                                    heading: string | null;
                                } | null;
                                new: {
                                    eid: string;
                                    num: string;
                                    heading: string | null;
                                } | null;
                                changes: {
                                    /** @enum {string} */
                                    op: "equal" | "insert" | "delete";
                                    text: string;
                                }[];
                                commentIds: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/report.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 采纳情况反馈（HTML）The feedback report as a printable page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 采纳情况反馈 HTML The printable page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 采纳情况反馈（PDF）The feedback report printed to PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 采纳情况反馈 PDF The report as PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/comments/{commentId}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 隐藏意见 Hide a comment with a reason (the text is kept) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    commentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/comments/{commentId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复意见 Record how an opinion (and its group) was handled */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    commentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 归并重复意见 Count duplicates once, with supporters */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leadId: string;
                        memberIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/end-period": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束征求意见期 End the comment period (after its last day) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/revised-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布修改稿 Publish the revised draft; changed articles link to the opinions behind them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        links?: {
                            revisedEid: string;
                            draftEid: string | null;
                            commentIds: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布采纳情况反馈 Publish the feedback report (every opinion answered) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交意见 Comment on the whole draft or on a 条/款/项 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targetEid: string | null;
                        text: string;
                        /** @default null */
                        proposedWording?: string | null;
                        attachmentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            commentId: string;
                            consultation: {
                                consultationId: string;
                                title: string;
                                issuingBody: string;
                                draft: {
                                    /** @enum {string} */
                                    kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                    workId: string;
                                    versionId: string;
                                    title: string | null;
                                };
                                contact: {
                                    name: string | null;
                                    phone: string | null;
                                    email: string | null;
                                    address: string | null;
                                };
                                startDate: string;
                                endDate: string;
                                periodDays: number;
                                minimumDays: number;
                                isMinimumUnverified: boolean;
                                earliestEndDate: string | null;
                                shortPeriodReason: string | null;
                                explanatoryNote: string;
                                isIdentityPublished: boolean;
                                /** @enum {string} */
                                status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                isFinal: boolean;
                                openedAt: string;
                                periodEndedAt: string | null;
                                publishedAt: string | null;
                                revised: {
                                    versionId: string;
                                    links: {
                                        revisedEid: string;
                                        draftEid: string | null;
                                        commentIds: string[];
                                    }[];
                                    at: string;
                                } | null;
                                isOwner: boolean;
                                canComment: boolean;
                                actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                                unansweredCount: number;
                                heat: {
                                    articleEid: string;
                                    count: number;
                                }[];
                                comments: {
                                    commentId: string;
                                    targetEid: string | null;
                                    articleEid: string | null;
                                    citation: string;
                                    text: string | null;
                                    proposedWording: string | null;
                                    attachment: {
                                        id: string;
                                        name: string;
                                        mediaType: string;
                                        bytes: number;
                                    } | null;
                                    author: {
                                        kindLabel: string;
                                        name: string | null;
                                    };
                                    submittedAt: string;
                                    editedAt: string | null;
                                    isWithdrawn: boolean;
                                    hidden: {
                                        reason: string;
                                        at: string;
                                    } | null;
                                    isMine: boolean;
                                    canChange: boolean;
                                    opinion: {
                                        leadId: string;
                                        supporters: number;
                                        isLead: boolean;
                                    } | null;
                                    answer: {
                                        /** @enum {string} */
                                        outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                        outcomeLabel: string;
                                        reason: string;
                                        at: string;
                                    } | null;
                                }[];
                                notifiedEnterprises?: number | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改意见 Edit one's own comment until the deadline */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    commentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targetEid: string | null;
                        text: string;
                        /** @default null */
                        proposedWording?: string | null;
                        attachmentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** 撤回意见 Withdraw one's own comment until the deadline */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    commentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultationId: string;
                            title: string;
                            issuingBody: string;
                            draft: {
                                /** @enum {string} */
                                kind: "REGULATION" | "POLICY_DOCUMENT" | "CONSOLE_POLICY";
                                workId: string;
                                versionId: string;
                                title: string | null;
                            };
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                                address: string | null;
                            };
                            startDate: string;
                            endDate: string;
                            periodDays: number;
                            minimumDays: number;
                            isMinimumUnverified: boolean;
                            earliestEndDate: string | null;
                            shortPeriodReason: string | null;
                            explanatoryNote: string;
                            isIdentityPublished: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "PROCESSING" | "CLOSED" | "CANCELLED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            isFinal: boolean;
                            openedAt: string;
                            periodEndedAt: string | null;
                            publishedAt: string | null;
                            revised: {
                                versionId: string;
                                links: {
                                    revisedEid: string;
                                    draftEid: string | null;
                                    commentIds: string[];
                                }[];
                                at: string;
                            } | null;
                            isOwner: boolean;
                            canComment: boolean;
                            actions: ("OPENED" | "COMMENT_SUBMITTED" | "COMMENT_EDITED" | "COMMENT_WITHDRAWN" | "COMMENT_HIDDEN" | "COMMENTS_GROUPED" | "PERIOD_ENDED" | "OPINION_ANSWERED" | "REVISED_DRAFT_LINKED" | "FEEDBACK_PUBLISHED" | "CANCELLED")[];
                            unansweredCount: number;
                            heat: {
                                articleEid: string;
                                count: number;
                            }[];
                            comments: {
                                commentId: string;
                                targetEid: string | null;
                                articleEid: string | null;
                                citation: string;
                                text: string | null;
                                proposedWording: string | null;
                                attachment: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    bytes: number;
                                } | null;
                                author: {
                                    kindLabel: string;
                                    name: string | null;
                                };
                                submittedAt: string;
                                editedAt: string | null;
                                isWithdrawn: boolean;
                                hidden: {
                                    reason: string;
                                    at: string;
                                } | null;
                                isMine: boolean;
                                canChange: boolean;
                                opinion: {
                                    leadId: string;
                                    supporters: number;
                                    isLead: boolean;
                                } | null;
                                answer: {
                                    /** @enum {string} */
                                    outcome: "ADOPTED" | "PARTLY_ADOPTED" | "NOT_ADOPTED" | "OUT_OF_SCOPE";
                                    outcomeLabel: string;
                                    reason: string;
                                    at: string;
                                } | null;
                            }[];
                            notifiedEnterprises?: number | null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultation-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 获取验证码 Send a code to an e-mail address or mobile number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "EMAIL" | "SMS";
                        address: string;
                        displayName: string;
                        /**
                         * @default PUBLIC
                         * @enum {string}
                         */
                        commenterKind?: "PUBLIC" | "ASSOCIATION";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contactId: string;
                            /** @enum {string} */
                            channel: "EMAIL" | "SMS";
                            expiresInSeconds: number;
                            demoCode?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultation-contacts/{contactId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 校验验证码 Check the code; answers the contact token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            contactId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传意见附件 Upload one attachment for a comment (multipart field file; PDF, Word, PNG, JPEG; ≤ 10 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            mediaType: string;
                            bytes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载意见附件 Download an attachment (its uploader or the owning department) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 附件 The attachment as uploaded (PDF, Word, PNG or JPEG) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 金融机构与可授权的数据范围 Financial institutions, the data scopes and the longest consent period */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            institutions: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                jurisdiction: string;
                            }[];
                            scopes: {
                                /** @enum {string} */
                                scope: "REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                held: boolean;
                                verifiable: boolean;
                            }[];
                            readonly accessLevels: ("FULL" | "VERIFY_ONLY")[];
                            maxPeriodDays: number | null;
                            today: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 授权列表（企业：本企业的；金融机构：授予本机构的；监管：全部）Consents the viewer may see, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                consentId: string;
                                uscc: string;
                                enterpriseName: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                scopes: {
                                    /** @enum {string} */
                                    scope: "REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON";
                                    /** @enum {string} */
                                    access: "FULL" | "VERIFY_ONLY";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    isHeld: boolean;
                                }[];
                                purpose: {
                                    /** @enum {string} */
                                    kind: "FINANCING_DEMAND";
                                    demandId: string;
                                    text: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "PRODUCT";
                                    productName: string;
                                    text: string;
                                };
                                startDate: string;
                                endDate: string;
                                startsAt: string;
                                expiresAt: string;
                                grantedAt: string;
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "NOT_YET_STARTED" | "ACTIVE" | "EXPIRED" | "REVOKED";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                canRevoke: boolean;
                            }[];
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 授权金融机构查看本企业数据 Grant a financial institution a consent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        institutionId: string;
                        scopes: {
                            /** @enum {string} */
                            scope: "REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON";
                            /** @enum {string} */
                            access: "FULL" | "VERIFY_ONLY";
                        }[];
                        purpose: {
                            /** @enum {string} */
                            kind: "FINANCING_DEMAND";
                            demandId: string;
                            text: string;
                        } | {
                            /** @enum {string} */
                            kind: "PRODUCT";
                            productName: string;
                            text: string;
                        };
                        startDate: string;
                        endDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consentId: string;
                            uscc: string;
                            enterpriseName: string;
                            institutionId: string;
                            institutionName: {
                                zh: string;
                                en: string;
                            } | null;
                            scopes: {
                                /** @enum {string} */
                                scope: "REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON";
                                /** @enum {string} */
                                access: "FULL" | "VERIFY_ONLY";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                isHeld: boolean;
                            }[];
                            purpose: {
                                /** @enum {string} */
                                kind: "FINANCING_DEMAND";
                                demandId: string;
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "PRODUCT";
                                productName: string;
                                text: string;
                            };
                            startDate: string;
                            endDate: string;
                            startsAt: string;
                            expiresAt: string;
                            grantedAt: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "NOT_YET_STARTED" | "ACTIVE" | "EXPIRED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            canRevoke: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/consents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份授权 One consent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consentId: string;
                            uscc: string;
                            enterpriseName: string;
                            institutionId: string;
                            institutionName: {
                                zh: string;
                                en: string;
                            } | null;
                            scopes: {
                                /** @enum {string} */
                                scope: "REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON";
                                /** @enum {string} */
                                access: "FULL" | "VERIFY_ONLY";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                isHeld: boolean;
                            }[];
                            purpose: {
                                /** @enum {string} */
                                kind: "FINANCING_DEMAND";
                                demandId: string;
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "PRODUCT";
                                productName: string;
                                text: string;
                            };
                            startDate: string;
                            endDate: string;
                            startsAt: string;
                            expiresAt: string;
                            grantedAt: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "NOT_YET_STARTED" | "ACTIVE" | "EXPIRED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            canRevoke: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/consents/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回授权（立即生效；重复撤回无影响）Revoke a consent, effective at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consentId: string;
                            uscc: string;
                            enterpriseName: string;
                            institutionId: string;
                            institutionName: {
                                zh: string;
                                en: string;
                            } | null;
                            scopes: {
                                /** @enum {string} */
                                scope: "REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON";
                                /** @enum {string} */
                                access: "FULL" | "VERIFY_ONLY";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                isHeld: boolean;
                            }[];
                            purpose: {
                                /** @enum {string} */
                                kind: "FINANCING_DEMAND";
                                demandId: string;
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "PRODUCT";
                                productName: string;
                                text: string;
                            };
                            startDate: string;
                            endDate: string;
                            startsAt: string;
                            expiresAt: string;
                            grantedAt: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "NOT_YET_STARTED" | "ACTIVE" | "EXPIRED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            canRevoke: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/consents/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 授权证明（JSON，含可核验摘要）The consent receipt with its verifiable digest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: {
                                /** @enum {number} */
                                receiptVersion: 1;
                                consentId: string;
                                uscc: string;
                                institutionId: string;
                                readonly scopes: {
                                    /** @enum {string} */
                                    scope: "REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON";
                                    /** @enum {string} */
                                    access: "FULL" | "VERIFY_ONLY";
                                }[];
                                purpose: {
                                    /** @enum {string} */
                                    kind: "FINANCING_DEMAND";
                                    demandId: string;
                                    text: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "PRODUCT";
                                    productName: string;
                                    text: string;
                                };
                                startDate: string;
                                endDate: string;
                                expiresAt: string;
                                grantedAt: string;
                            };
                            digest: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/consents/{id}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 授权证明（PDF，含数字摘要）The consent receipt printed to PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 授权证明 PDF The receipt as PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/receipts/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验授权证明是否真实、未被篡改 Check a presented consent receipt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: {
                            consentId: string;
                        } & {
                            [key: string]: unknown;
                        };
                        digest: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            result: "GENUINE" | "ALTERED" | "UNKNOWN_CONSENT";
                            label: {
                                zh: string;
                                en: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/enterprises/{uscc}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 在授权范围内查看企业数据（每次查看都记录并告知企业）Read an enterprise's data within a live consent; every read is logged */
        get: {
            parameters: {
                query?: {
                    scopes?: string;
                };
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            consentId: string;
                            expiresAt: string;
                            purpose: {
                                /** @enum {string} */
                                kind: "FINANCING_DEMAND";
                                demandId: string;
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "PRODUCT";
                                productName: string;
                                text: string;
                            };
                            scopes: ({
                                /** @enum {string} */
                                scope: "REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {boolean} */
                                isHeld: true;
                                records: {
                                    values: {
                                        [key: string]: unknown;
                                    };
                                    year: number | null;
                                    period: string | null;
                                    origin: {
                                        /** @enum {string} */
                                        by: "DEPARTMENT" | "ENTERPRISE" | "OFFICER" | "PLATFORM" | "SHARED";
                                        department: {
                                            zh: string;
                                            en: string;
                                        } | null;
                                        receivedAt: string | null;
                                        label: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                    validFrom: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                scope: "REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {boolean} */
                                isHeld: false;
                            })[];
                            verifiableScopes: ("REGISTRY_PROFILE" | "YEARLY_FIGURES" | "QUALIFICATIONS" | "TAX_CREDIT_RATING" | "SOCIAL_SECURITY_HEADCOUNT" | "BENEFITS_RECEIVED" | "PROCUREMENT_AWARDS" | "ARREARS_COMPLAINTS_WON")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/enterprises/{uscc}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验：是/否问题，由政府数据回答，不透露数值 Ask a yes/no question answered from government data without revealing the value */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "REVENUE_AT_LEAST";
                        year: number;
                        thresholdFen: number;
                    } | {
                        /** @enum {string} */
                        kind: "EMPLOYEES_AT_LEAST";
                        year: number;
                        count: number;
                    } | {
                        /** @enum {string} */
                        kind: "HOLDS_QUALIFICATION";
                        tag: string;
                        onDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            answer: "YES" | "NO" | "UNKNOWN";
                            /** @enum {string} */
                            missing?: "FIGURES" | "REGISTRY_STATE";
                            answerLabel: {
                                zh: string;
                                en: string;
                            };
                            question: {
                                /** @enum {string} */
                                kind: "REVENUE_AT_LEAST";
                                year: number;
                                thresholdFen: number;
                            } | {
                                /** @enum {string} */
                                kind: "EMPLOYEES_AT_LEAST";
                                year: number;
                                count: number;
                            } | {
                                /** @enum {string} */
                                kind: "HOLDS_QUALIFICATION";
                                tag: string;
                                onDate: string;
                            };
                            origin: {
                                /** @enum {string} */
                                by: "DEPARTMENT" | "ENTERPRISE" | "OFFICER" | "PLATFORM" | "SHARED";
                                department: {
                                    zh: string;
                                    en: string;
                                } | null;
                                receivedAt: string | null;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            } | null;
                            consentId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 使用记录：谁在何时因何查看了哪些数据（企业看本企业的，金融机构看本机构的，监管看全部）The access log */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    before?: number;
                    refusedOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                entryId: number;
                                at: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                };
                                userDisplayName: string;
                                uscc: string;
                                enterpriseName: string | null;
                                consentId: string | null;
                                /** @enum {string} */
                                action: "READ" | "VERIFY";
                                readonly scopes: string[];
                                scopeLabels: {
                                    zh: string;
                                    en: string;
                                }[];
                                purposeText: string | null;
                                /** @enum {string} */
                                outcome: "ALLOWED" | "REFUSED";
                                reason: string | null;
                                reasonLabel: {
                                    zh: string;
                                    en: string;
                                } | null;
                                question: {
                                    [key: string]: unknown;
                                } | null;
                                answer: ("YES" | "NO" | "UNKNOWN") | null;
                            }[];
                            next: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit/oversight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监管视图：各金融机构的授权与查询情况 Oversight: consents and reads per institution */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            institutions: {
                                institutionId: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                consents: number;
                                activeConsents: number;
                                reads: number;
                                refused: number;
                                lastAccessAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 融资需求（企业：本企业的；金融机构：待对接的和本机构接的，产融合作白名单企业的在前并标注，其次紧急的；监管：全部）Financing demands (banks: whitelisted enterprises first, marked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                demandId: string;
                                uscc: string;
                                enterpriseName: string;
                                /** @enum {string} */
                                status: "PUBLISHED" | "TAKEN" | "LOAN_GRANTED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                amountFen: number;
                                termMonths: number;
                                purpose: string;
                                /** @enum {string} */
                                collateral: "NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR";
                                /** @enum {string} */
                                urgency: "NORMAL" | "URGENT";
                                takenBy: string | null;
                                publishedAt: string;
                                updatedAt: string;
                                whitelisted: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发布融资需求 Publish a financing demand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountFen: number;
                        termMonths: number;
                        purpose: string;
                        /** @enum {string} */
                        collateral: "NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR";
                        /** @enum {string} */
                        urgency: "NORMAL" | "URGENT";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demandId: string;
                            uscc: string;
                            /** @enum {string} */
                            status: "PUBLISHED" | "TAKEN" | "LOAN_GRANTED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number;
                            termMonths: number;
                            purpose: string;
                            /** @enum {string} */
                            collateral: "NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR";
                            /** @enum {string} */
                            urgency: "NORMAL" | "URGENT";
                            publishedAt: string;
                            updatedAt: string;
                            takenBy: string | null;
                            takenByName: {
                                zh: string;
                                en: string;
                            } | null;
                            takenAt: string | null;
                            loan: {
                                grantedAmountFen: number;
                                annualRatePercent: string;
                                termMonths: number;
                                isFirstLoan: boolean;
                                /** @enum {string} */
                                kind: "CREDIT" | "SECURED";
                                grantedOn: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                recordedAt: string;
                            } | null;
                            releases: {
                                institutionId: string;
                                reason: string;
                                at: string;
                            }[];
                            actions: ("TAKEN" | "RELEASED" | "LOAN_RECORDED" | "WITHDRAWN")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条融资需求 One financing demand */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demandId: string;
                            uscc: string;
                            /** @enum {string} */
                            status: "PUBLISHED" | "TAKEN" | "LOAN_GRANTED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number;
                            termMonths: number;
                            purpose: string;
                            /** @enum {string} */
                            collateral: "NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR";
                            /** @enum {string} */
                            urgency: "NORMAL" | "URGENT";
                            publishedAt: string;
                            updatedAt: string;
                            takenBy: string | null;
                            takenByName: {
                                zh: string;
                                en: string;
                            } | null;
                            takenAt: string | null;
                            loan: {
                                grantedAmountFen: number;
                                annualRatePercent: string;
                                termMonths: number;
                                isFirstLoan: boolean;
                                /** @enum {string} */
                                kind: "CREDIT" | "SECURED";
                                grantedOn: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                recordedAt: string;
                            } | null;
                            releases: {
                                institutionId: string;
                                reason: string;
                                at: string;
                            }[];
                            actions: ("TAKEN" | "RELEASED" | "LOAN_RECORDED" | "WITHDRAWN")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/demands/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接单 Take a demand (financial institutions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demandId: string;
                            uscc: string;
                            /** @enum {string} */
                            status: "PUBLISHED" | "TAKEN" | "LOAN_GRANTED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number;
                            termMonths: number;
                            purpose: string;
                            /** @enum {string} */
                            collateral: "NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR";
                            /** @enum {string} */
                            urgency: "NORMAL" | "URGENT";
                            publishedAt: string;
                            updatedAt: string;
                            takenBy: string | null;
                            takenByName: {
                                zh: string;
                                en: string;
                            } | null;
                            takenAt: string | null;
                            loan: {
                                grantedAmountFen: number;
                                annualRatePercent: string;
                                termMonths: number;
                                isFirstLoan: boolean;
                                /** @enum {string} */
                                kind: "CREDIT" | "SECURED";
                                grantedOn: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                recordedAt: string;
                            } | null;
                            releases: {
                                institutionId: string;
                                reason: string;
                                at: string;
                            }[];
                            actions: ("TAKEN" | "RELEASED" | "LOAN_RECORDED" | "WITHDRAWN")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/demands/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予放款，退回对接 Release a taken demand with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demandId: string;
                            uscc: string;
                            /** @enum {string} */
                            status: "PUBLISHED" | "TAKEN" | "LOAN_GRANTED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number;
                            termMonths: number;
                            purpose: string;
                            /** @enum {string} */
                            collateral: "NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR";
                            /** @enum {string} */
                            urgency: "NORMAL" | "URGENT";
                            publishedAt: string;
                            updatedAt: string;
                            takenBy: string | null;
                            takenByName: {
                                zh: string;
                                en: string;
                            } | null;
                            takenAt: string | null;
                            loan: {
                                grantedAmountFen: number;
                                annualRatePercent: string;
                                termMonths: number;
                                isFirstLoan: boolean;
                                /** @enum {string} */
                                kind: "CREDIT" | "SECURED";
                                grantedOn: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                recordedAt: string;
                            } | null;
                            releases: {
                                institutionId: string;
                                reason: string;
                                at: string;
                            }[];
                            actions: ("TAKEN" | "RELEASED" | "LOAN_RECORDED" | "WITHDRAWN")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/demands/{id}/loan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记放款结果 Record the loan granted for a taken demand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grantedAmountFen: number;
                        annualRatePercent: string;
                        termMonths: number;
                        isFirstLoan: boolean;
                        /** @enum {string} */
                        kind: "CREDIT" | "SECURED";
                        grantedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demandId: string;
                            uscc: string;
                            /** @enum {string} */
                            status: "PUBLISHED" | "TAKEN" | "LOAN_GRANTED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number;
                            termMonths: number;
                            purpose: string;
                            /** @enum {string} */
                            collateral: "NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR";
                            /** @enum {string} */
                            urgency: "NORMAL" | "URGENT";
                            publishedAt: string;
                            updatedAt: string;
                            takenBy: string | null;
                            takenByName: {
                                zh: string;
                                en: string;
                            } | null;
                            takenAt: string | null;
                            loan: {
                                grantedAmountFen: number;
                                annualRatePercent: string;
                                termMonths: number;
                                isFirstLoan: boolean;
                                /** @enum {string} */
                                kind: "CREDIT" | "SECURED";
                                grantedOn: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                recordedAt: string;
                            } | null;
                            releases: {
                                institutionId: string;
                                reason: string;
                                at: string;
                            }[];
                            actions: ("TAKEN" | "RELEASED" | "LOAN_RECORDED" | "WITHDRAWN")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/demands/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回融资需求 Withdraw a demand (its enterprise) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demandId: string;
                            uscc: string;
                            /** @enum {string} */
                            status: "PUBLISHED" | "TAKEN" | "LOAN_GRANTED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number;
                            termMonths: number;
                            purpose: string;
                            /** @enum {string} */
                            collateral: "NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR";
                            /** @enum {string} */
                            urgency: "NORMAL" | "URGENT";
                            publishedAt: string;
                            updatedAt: string;
                            takenBy: string | null;
                            takenByName: {
                                zh: string;
                                en: string;
                            } | null;
                            takenAt: string | null;
                            loan: {
                                grantedAmountFen: number;
                                annualRatePercent: string;
                                termMonths: number;
                                isFirstLoan: boolean;
                                /** @enum {string} */
                                kind: "CREDIT" | "SECURED";
                                grantedOn: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                recordedAt: string;
                            } | null;
                            releases: {
                                institutionId: string;
                                reason: string;
                                at: string;
                            }[];
                            actions: ("TAKEN" | "RELEASED" | "LOAN_RECORDED" | "WITHDRAWN")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 放款记录（企业：本企业的，及由此得出的首贷信息、来源和首贷贴息的判断；金融机构：本机构的；监管：全部）Loans recorded; for an enterprise also its first-loan facts with their source and the first-loan subsidy evaluated on them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                grantedAmountFen: number;
                                annualRatePercent: string;
                                termMonths: number;
                                isFirstLoan: boolean;
                                /** @enum {string} */
                                kind: "CREDIT" | "SECURED";
                                grantedOn: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                recordedAt: string;
                                demandId: string;
                                uscc: string;
                            }[];
                            firstLoanSubsidy?: {
                                policyId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                facts: {
                                    fact: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    value: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                source: string;
                                channel: ("NO_APPLICATION" | "ONLINE_APPLICATION") | null;
                                assessment: {
                                    /** @enum {string} */
                                    status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                    amountFen: number | null;
                                    assessedOn: string;
                                    reasons: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    basis: string[];
                                } | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/whitelist/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 白名单推荐（政府部门：本部门的；中小企业服务局：全部）Whitelist nominations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                nominationId: string;
                                uscc: string;
                                enterpriseName: string;
                                departmentId: string;
                                departmentName: {
                                    zh: string;
                                    en: string;
                                };
                                reason: string;
                                nominatedAt: string;
                                review: {
                                    /** @enum {string} */
                                    decision: "ACCEPTED" | "REFUSED";
                                    reason: string | null;
                                    reviewedAt: string;
                                } | null;
                            }[];
                            canCosign?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 推荐企业进入产融合作白名单（政府部门，以本部门名义）Nominate an enterprise for the whitelist (department officers, for their own department) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        uscc: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nominationId: string;
                            uscc: string;
                            enterpriseName: string;
                            departmentId: string;
                            departmentName: {
                                zh: string;
                                en: string;
                            };
                            reason: string;
                            nominatedAt: string;
                            review: {
                                /** @enum {string} */
                                decision: "ACCEPTED" | "REFUSED";
                                reason: string | null;
                                reviewedAt: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/whitelist/nominations/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核白名单推荐（中小企业服务局；不通过须说明理由）Review a nomination (SME bureau; a refusal states its reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "ACCEPTED" | "REFUSED";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nominationId: string;
                            uscc: string;
                            enterpriseName: string;
                            departmentId: string;
                            departmentName: {
                                zh: string;
                                en: string;
                            };
                            reason: string;
                            nominatedAt: string;
                            review: {
                                /** @enum {string} */
                                decision: "ACCEPTED" | "REFUSED";
                                reason: string | null;
                                reviewedAt: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/whitelist/editions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布产融合作白名单（中小企业服务局；列入所有审核通过的企业，注明有效期）Publish a whitelist edition with its validity period (SME bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        validFrom: string;
                        validUntil: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            editionNo: number;
                            validFrom: string;
                            validUntil: string;
                            publishedAt: string;
                            entries: {
                                uscc: string;
                                enterpriseName: string;
                            }[];
                            cosigns: {
                                departmentId: string;
                                departmentName: {
                                    zh: string;
                                    en: string;
                                };
                                cosignedAt: string;
                            }[];
                            awaitingCosign: boolean;
                            basis: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/whitelist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 产融合作白名单：今日（北京时间）有效的一期，及最近发布的一期（金融机构、中小企业服务局、会签的金融监督管理部门）The whitelist edition in force today (Beijing) and the latest published */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            current: {
                                editionNo: number;
                                validFrom: string;
                                validUntil: string;
                                publishedAt: string;
                                entries: {
                                    uscc: string;
                                    enterpriseName: string;
                                }[];
                                cosigns: {
                                    departmentId: string;
                                    departmentName: {
                                        zh: string;
                                        en: string;
                                    };
                                    cosignedAt: string;
                                }[];
                                awaitingCosign: boolean;
                                basis: string;
                            } | null;
                            latest: {
                                editionNo: number;
                                validFrom: string;
                                validUntil: string;
                                publishedAt: string;
                                entries: {
                                    uscc: string;
                                    enterpriseName: string;
                                }[];
                                cosigns: {
                                    departmentId: string;
                                    departmentName: {
                                        zh: string;
                                        en: string;
                                    };
                                    cosignedAt: string;
                                }[];
                                awaitingCosign: boolean;
                                basis: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/whitelist/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本企业是否在今日有效的产融合作白名单上（企业）Whether the enterprise is on the whitelist in force today */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            onList: boolean;
                            editionNo: number | null;
                            validFrom: string | null;
                            validUntil: string | null;
                            basis: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/whitelist/removals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 白名单移出记录及理由（中小企业服务局）Removals from the whitelist with their reasons (SME bureau) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                removalId: string;
                                uscc: string;
                                enterpriseName: string;
                                reason: string;
                                removedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 将企业移出产融合作白名单（中小企业服务局；须说明理由；此前发布的各期不再列入该企业）Remove an enterprise from the whitelist with a reason (SME bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        uscc: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removalId: string;
                            uscc: string;
                            enterpriseName: string;
                            reason: string;
                            removedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/whitelist/editions/{no}/cosign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 会签一期白名单（金融监督管理部门，第十条“联合建立”；会签后该期生效；重复会签不变）Co-sign an edition (the financial regulator's department; it takes effect once co-signed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    no: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            editionNo: number;
                            validFrom: string;
                            validUntil: string;
                            publishedAt: string;
                            entries: {
                                uscc: string;
                                enterpriseName: string;
                            }[];
                            cosigns: {
                                departmentId: string;
                                departmentName: {
                                    zh: string;
                                    en: string;
                                };
                                cosignedAt: string;
                            }[];
                            awaitingCosign: boolean;
                            basis: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 贷款产品（企业：在售的；金融机构：本机构的，含已下架；监管：全部）Loan products */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                productId: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                };
                                name: string;
                                description: string;
                                minAmountFen: number;
                                maxAmountFen: number;
                                annualRatePercent: string;
                                minTermMonths: number;
                                maxTermMonths: number;
                                readonly collateral: ("NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR")[];
                                conditions: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    when?: string;
                                    cite?: string;
                                }[];
                                definedAt: string;
                                withdrawnAt: string | null;
                                canWithdraw: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 定义贷款产品（金融机构；准入条件用规则语言书写，定义时检查，引用条文）Define a loan product (eligibility in the rules language, checked; amounts in fen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string;
                        minAmountFen: number;
                        maxAmountFen: number;
                        annualRatePercent: string;
                        minTermMonths: number;
                        maxTermMonths: number;
                        collateral: ("NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR")[];
                        conditions: {
                            id: string;
                            label: {
                                zh: string;
                                en?: string;
                            };
                            when: string;
                            cite?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            productId: string;
                            institutionId: string;
                            institutionName: {
                                zh: string;
                                en: string;
                            };
                            name: string;
                            description: string;
                            minAmountFen: number;
                            maxAmountFen: number;
                            annualRatePercent: string;
                            minTermMonths: number;
                            maxTermMonths: number;
                            readonly collateral: ("NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR")[];
                            conditions: {
                                id: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                when?: string;
                                cite?: string;
                            }[];
                            definedAt: string;
                            withdrawnAt: string | null;
                            canWithdraw: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/products/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 下架贷款产品（定义它的金融机构；重复下架不变）Withdraw a loan product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            productId: string;
                            institutionId: string;
                            institutionName: {
                                zh: string;
                                en: string;
                            };
                            name: string;
                            description: string;
                            minAmountFen: number;
                            maxAmountFen: number;
                            annualRatePercent: string;
                            minTermMonths: number;
                            maxTermMonths: number;
                            readonly collateral: ("NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR")[];
                            conditions: {
                                id: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                when?: string;
                                cite?: string;
                            }[];
                            definedAt: string;
                            withdrawnAt: string | null;
                            canWithdraw: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/products/{id}/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 与本产品匹配的融资需求（金融机构；只比较需求公开的金额、期限、担保方式，企业数据条件须经授权核验）Demands matching a product on their published terms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product: {
                                productId: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                };
                                name: string;
                                description: string;
                                minAmountFen: number;
                                maxAmountFen: number;
                                annualRatePercent: string;
                                minTermMonths: number;
                                maxTermMonths: number;
                                readonly collateral: ("NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR")[];
                                conditions: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    when?: string;
                                    cite?: string;
                                }[];
                                definedAt: string;
                                withdrawnAt: string | null;
                                canWithdraw: boolean;
                            };
                            items: {
                                demand: {
                                    demandId: string;
                                    uscc: string;
                                    enterpriseName: string;
                                    /** @enum {string} */
                                    status: "PUBLISHED" | "TAKEN" | "LOAN_GRANTED" | "WITHDRAWN";
                                    statusLabel: {
                                        zh: string;
                                        en: string;
                                    };
                                    amountFen: number;
                                    termMonths: number;
                                    purpose: string;
                                    /** @enum {string} */
                                    collateral: "NONE" | "REAL_ESTATE" | "MOVABLE_PROPERTY" | "RECEIVABLES" | "INTELLECTUAL_PROPERTY" | "GUARANTOR";
                                    /** @enum {string} */
                                    urgency: "NORMAL" | "URGENT";
                                    takenBy: string | null;
                                    publishedAt: string;
                                    updatedAt: string;
                                    whitelisted: boolean;
                                };
                                match: {
                                    productId: string;
                                    name: string;
                                    institutionId: string;
                                    institutionName: {
                                        zh: string;
                                        en: string;
                                    };
                                    minAmountFen: number;
                                    maxAmountFen: number;
                                    annualRatePercent: string;
                                    minTermMonths: number;
                                    maxTermMonths: number;
                                    /** @enum {string} */
                                    status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN";
                                    terms: {
                                        /** @enum {string} */
                                        term: "AMOUNT" | "TERM" | "COLLATERAL";
                                        met: boolean;
                                        reason: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                    reasons: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    missing: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    conditions: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    basis: string[];
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/demands/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 与融资需求匹配的贷款产品（企业：按本企业数据判断，是/否/待补充，并说明理由和依据；金融机构：本机构产品，只比较需求条款）Loan products matching a demand, three-valued with reasons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                productId: string;
                                name: string;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                };
                                minAmountFen: number;
                                maxAmountFen: number;
                                annualRatePercent: string;
                                minTermMonths: number;
                                maxTermMonths: number;
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN";
                                terms: {
                                    /** @enum {string} */
                                    term: "AMOUNT" | "TERM" | "COLLATERAL";
                                    met: boolean;
                                    reason: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                missing: {
                                    zh: string;
                                    en: string;
                                }[];
                                conditions: {
                                    zh: string;
                                    en: string;
                                }[];
                                basis: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/risk-pool/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险补偿资金池贷款（金融机构：本机构放款及是否入池；企业：本企业入池贷款；中小企业服务局、审计：全部）Loans in the risk pool */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                demandId: string;
                                uscc: string;
                                enterpriseName: string | null;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                principalFen: number;
                                grantedOn: string;
                                registeredOn: string | null;
                                isRegistered: boolean;
                                claimId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 贷款入池登记 Register a loan the bank recorded in the risk-compensation pool (the bank that granted it only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        demandId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demandId: string;
                            uscc: string;
                            enterpriseName: string | null;
                            institutionId: string;
                            institutionName: {
                                zh: string;
                                en: string;
                            } | null;
                            principalFen: number;
                            grantedOn: string;
                            registeredOn: string | null;
                            isRegistered: boolean;
                            claimId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/risk-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险补偿申请（金融机构：本机构的；企业：本企业贷款的；中小企业服务局、审计：全部）Risk-compensation claims */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                claimId: string;
                                /** @enum {string} */
                                status: "FILED" | "APPROVAL_PROPOSED" | "APPROVED" | "REJECTED" | "PAYMENT_SCHEDULED";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                loan: {
                                    demandId: string;
                                    uscc: string;
                                    enterpriseName: string | null;
                                    institutionId: string;
                                    institutionName: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                    principalFen: number;
                                    grantedOn: string;
                                    registeredOn: string | null;
                                };
                                lossPrincipalFen: number;
                                defaultedOn: string;
                                description: string;
                                account: {
                                    accountName: string;
                                    accountNumber: string;
                                    bankName: string;
                                } | null;
                                filedAt: string;
                                assessment: {
                                    /** @enum {string} */
                                    status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                    amountFen: number | null;
                                    sharePercent: string | null;
                                    shareCapPercent: string | null;
                                    countedLossFen: number | null;
                                    reasons: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    missing: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    basis: string[];
                                    assessedOn: string;
                                    isUnverified: boolean;
                                    unverifiedNote: string | null;
                                };
                                decision: {
                                    fundId: string;
                                    amountFen: number;
                                    sharePercent: string;
                                    proposedAt: string;
                                    confirmedAt: string | null;
                                    isProposedByMe: boolean;
                                } | null;
                                rejection: {
                                    reason: string;
                                    at: string;
                                } | null;
                                payment: {
                                    paymentId: string;
                                    batchId: string;
                                    /** @enum {string} */
                                    status: "PENDING" | "PAID" | "FAILED";
                                    settledOn: string | null;
                                    failureReason: string | null;
                                } | null;
                                history: {
                                    /** @enum {string} */
                                    type: "FILED" | "APPROVAL_PROPOSED" | "APPROVAL_CONFIRMED" | "REJECTED" | "PAYMENT_SCHEDULED";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    at: string;
                                }[];
                                actions: ("PROPOSE_APPROVAL" | "CONFIRM_APPROVAL" | "REJECT")[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提出风险补偿申请 File a loss claim for a defaulted loan registered in the pool (the registering bank only; one claim per loan) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        demandId: string;
                        lossPrincipalFen: number;
                        defaultedOn: string;
                        description: string;
                        account: {
                            accountName: string;
                            accountNumber: string;
                            bankName: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimId: string;
                            /** @enum {string} */
                            status: "FILED" | "APPROVAL_PROPOSED" | "APPROVED" | "REJECTED" | "PAYMENT_SCHEDULED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            loan: {
                                demandId: string;
                                uscc: string;
                                enterpriseName: string | null;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                principalFen: number;
                                grantedOn: string;
                                registeredOn: string | null;
                            };
                            lossPrincipalFen: number;
                            defaultedOn: string;
                            description: string;
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            } | null;
                            filedAt: string;
                            assessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                amountFen: number | null;
                                sharePercent: string | null;
                                shareCapPercent: string | null;
                                countedLossFen: number | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                missing: {
                                    zh: string;
                                    en: string;
                                }[];
                                basis: string[];
                                assessedOn: string;
                                isUnverified: boolean;
                                unverifiedNote: string | null;
                            };
                            decision: {
                                fundId: string;
                                amountFen: number;
                                sharePercent: string;
                                proposedAt: string;
                                confirmedAt: string | null;
                                isProposedByMe: boolean;
                            } | null;
                            rejection: {
                                reason: string;
                                at: string;
                            } | null;
                            payment: {
                                paymentId: string;
                                batchId: string;
                                /** @enum {string} */
                                status: "PENDING" | "PAID" | "FAILED";
                                settledOn: string | null;
                                failureReason: string | null;
                            } | null;
                            history: {
                                /** @enum {string} */
                                type: "FILED" | "APPROVAL_PROPOSED" | "APPROVAL_CONFIRMED" | "REJECTED" | "PAYMENT_SCHEDULED";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                at: string;
                            }[];
                            actions: ("PROPOSE_APPROVAL" | "CONFIRM_APPROVAL" | "REJECT")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/risk-claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险补偿申请详情 One claim with the rule's assessment (share, cap, articles) and its payment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimId: string;
                            /** @enum {string} */
                            status: "FILED" | "APPROVAL_PROPOSED" | "APPROVED" | "REJECTED" | "PAYMENT_SCHEDULED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            loan: {
                                demandId: string;
                                uscc: string;
                                enterpriseName: string | null;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                principalFen: number;
                                grantedOn: string;
                                registeredOn: string | null;
                            };
                            lossPrincipalFen: number;
                            defaultedOn: string;
                            description: string;
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            } | null;
                            filedAt: string;
                            assessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                amountFen: number | null;
                                sharePercent: string | null;
                                shareCapPercent: string | null;
                                countedLossFen: number | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                missing: {
                                    zh: string;
                                    en: string;
                                }[];
                                basis: string[];
                                assessedOn: string;
                                isUnverified: boolean;
                                unverifiedNote: string | null;
                            };
                            decision: {
                                fundId: string;
                                amountFen: number;
                                sharePercent: string;
                                proposedAt: string;
                                confirmedAt: string | null;
                                isProposedByMe: boolean;
                            } | null;
                            rejection: {
                                reason: string;
                                at: string;
                            } | null;
                            payment: {
                                paymentId: string;
                                batchId: string;
                                /** @enum {string} */
                                status: "PENDING" | "PAID" | "FAILED";
                                settledOn: string | null;
                                failureReason: string | null;
                            } | null;
                            history: {
                                /** @enum {string} */
                                type: "FILED" | "APPROVAL_PROPOSED" | "APPROVAL_CONFIRMED" | "REJECTED" | "PAYMENT_SCHEDULED";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                at: string;
                            }[];
                            actions: ("PROPOSE_APPROVAL" | "CONFIRM_APPROVAL" | "REJECT")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/risk-claims/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核风险补偿申请 Propose approval with the paying fund, confirm it (another officer), or reject with a reason (SME-bureau officers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "PROPOSE_APPROVAL";
                        fundId: string;
                        /** @default  */
                        note?: string;
                    } | {
                        /** @enum {string} */
                        decision: "CONFIRM_APPROVAL";
                        /** @default  */
                        note?: string;
                    } | {
                        /** @enum {string} */
                        decision: "REJECT";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimId: string;
                            /** @enum {string} */
                            status: "FILED" | "APPROVAL_PROPOSED" | "APPROVED" | "REJECTED" | "PAYMENT_SCHEDULED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            loan: {
                                demandId: string;
                                uscc: string;
                                enterpriseName: string | null;
                                institutionId: string;
                                institutionName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                principalFen: number;
                                grantedOn: string;
                                registeredOn: string | null;
                            };
                            lossPrincipalFen: number;
                            defaultedOn: string;
                            description: string;
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            } | null;
                            filedAt: string;
                            assessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                amountFen: number | null;
                                sharePercent: string | null;
                                shareCapPercent: string | null;
                                countedLossFen: number | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                missing: {
                                    zh: string;
                                    en: string;
                                }[];
                                basis: string[];
                                assessedOn: string;
                                isUnverified: boolean;
                                unverifiedNote: string | null;
                            };
                            decision: {
                                fundId: string;
                                amountFen: number;
                                sharePercent: string;
                                proposedAt: string;
                                confirmedAt: string | null;
                                isProposedByMe: boolean;
                            } | null;
                            rejection: {
                                reason: string;
                                at: string;
                            } | null;
                            payment: {
                                paymentId: string;
                                batchId: string;
                                /** @enum {string} */
                                status: "PENDING" | "PAID" | "FAILED";
                                settledOn: string | null;
                                failureReason: string | null;
                            } | null;
                            history: {
                                /** @enum {string} */
                                type: "FILED" | "APPROVAL_PROPOSED" | "APPROVAL_CONFIRMED" | "REJECTED" | "PAYMENT_SCHEDULED";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                at: string;
                            }[];
                            actions: ("PROPOSE_APPROVAL" | "CONFIRM_APPROVAL" | "REJECT")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务类别 Service categories (深圳 第十五条; 上海 第十二条) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            articles: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务机构名录 The public directory of approved providers, by category and name */
        get: {
            parameters: {
                query?: {
                    category?: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                providerId: string;
                                name: string;
                                /** @enum {string} */
                                status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                categories: {
                                    /** @enum {string} */
                                    code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                qualifications: {
                                    name: string;
                                    certificateNumber: string | null;
                                    validUntil: string | null;
                                }[];
                                description: string;
                                contactPhone: string;
                                rating: {
                                    score: number;
                                    comment: string;
                                } | null;
                                uscc: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 服务机构登记 An organisation registers as a service provider (its own uscc) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        categories: ("STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING")[];
                        qualifications: {
                            name: string;
                            certificateNumber: string | null;
                            validUntil: string | null;
                        }[];
                        description: string;
                        contactPhone: string;
                        shareholders: string[];
                        account: {
                            accountName: string;
                            accountNumber: string;
                            bankName: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                            shareholders: string[];
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            };
                            reason: string | null;
                            registeredAt: string;
                            decidedAt: string | null;
                            updatedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一家服务机构 One approved provider (public); the provider itself and the bureau see any status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                            shareholders: string[];
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            };
                            reason: string | null;
                            registeredAt: string;
                            decidedAt: string | null;
                            updatedAt: string;
                            actions: string[];
                        } | {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/my-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机构的服务机构登记 My organisation as a provider (null when not registered) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            provider: {
                                providerId: string;
                                name: string;
                                /** @enum {string} */
                                status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                categories: {
                                    /** @enum {string} */
                                    code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                qualifications: {
                                    name: string;
                                    certificateNumber: string | null;
                                    validUntil: string | null;
                                }[];
                                description: string;
                                contactPhone: string;
                                rating: {
                                    score: number;
                                    comment: string;
                                } | null;
                                uscc: string;
                                shareholders: string[];
                                account: {
                                    accountName: string;
                                    accountNumber: string;
                                    bankName: string;
                                };
                                reason: string | null;
                                registeredAt: string;
                                decidedAt: string | null;
                                updatedAt: string;
                                actions: string[];
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/my-provider/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新提交 Resubmit after a rejection */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        categories: ("STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING")[];
                        qualifications: {
                            name: string;
                            certificateNumber: string | null;
                            validUntil: string | null;
                        }[];
                        description: string;
                        contactPhone: string;
                        shareholders: string[];
                        account: {
                            accountName: string;
                            accountNumber: string;
                            bankName: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                            shareholders: string[];
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            };
                            reason: string | null;
                            registeredAt: string;
                            decidedAt: string | null;
                            updatedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/my-provider/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出名录 Withdraw from the directory */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                            shareholders: string[];
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            };
                            reason: string | null;
                            registeredAt: string;
                            decidedAt: string | null;
                            updatedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/review/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务机构审核 Providers for review, any status (bureau and auditors) */
        get: {
            parameters: {
                query?: {
                    category?: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                    q?: string;
                    status?: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                providerId: string;
                                name: string;
                                /** @enum {string} */
                                status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                categories: {
                                    /** @enum {string} */
                                    code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                qualifications: {
                                    name: string;
                                    certificateNumber: string | null;
                                    validUntil: string | null;
                                }[];
                                description: string;
                                contactPhone: string;
                                rating: {
                                    score: number;
                                    comment: string;
                                } | null;
                                uscc: string;
                                shareholders: string[];
                                account: {
                                    accountName: string;
                                    accountNumber: string;
                                    bankName: string;
                                };
                                reason: string | null;
                                registeredAt: string;
                                decidedAt: string | null;
                                updatedAt: string;
                                actions: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/providers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 入库 Approve a provider (bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                            shareholders: string[];
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            };
                            reason: string | null;
                            registeredAt: string;
                            decidedAt: string | null;
                            updatedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/providers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予入库 Reject with the reason (bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                            shareholders: string[];
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            };
                            reason: string | null;
                            registeredAt: string;
                            decidedAt: string | null;
                            updatedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/providers/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停 Suspend with the reason (bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                            shareholders: string[];
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            };
                            reason: string | null;
                            registeredAt: string;
                            decidedAt: string | null;
                            updatedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/providers/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复 Reinstate (bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                            shareholders: string[];
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            };
                            reason: string | null;
                            registeredAt: string;
                            decidedAt: string | null;
                            updatedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/providers/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评价 Rate 1–5 with the reason (bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        score: number;
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            qualifications: {
                                name: string;
                                certificateNumber: string | null;
                                validUntil: string | null;
                            }[];
                            description: string;
                            contactPhone: string;
                            rating: {
                                score: number;
                                comment: string;
                            } | null;
                            uscc: string;
                            shareholders: string[];
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            };
                            reason: string | null;
                            registeredAt: string;
                            decidedAt: string | null;
                            updatedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务券项目 Voucher programmes (public); the bureau and auditors also see the budget use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                programmeId: string;
                                /** @enum {string} */
                                kind: "SERVICE" | "INNOVATION";
                                name: string;
                                description: string;
                                amountFen: number;
                                validFrom: string;
                                validUntil: string;
                                categories: {
                                    /** @enum {string} */
                                    code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                eligibilityPolicyId: string | null;
                                budgetFen: number;
                                fundId: string;
                                fundName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                budget: {
                                    budgetFen: number;
                                    committedFen: number;
                                    settledFen: number;
                                    availableFen: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 设立服务券项目 Create a programme: amount, validity, categories, eligibility rule, budget, paying fund (bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "SERVICE" | "INNOVATION";
                        name: string;
                        /** @default  */
                        description?: string;
                        amountFen: number;
                        validFrom: string;
                        validUntil: string;
                        categories: ("STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING")[];
                        eligibilityPolicyId: string | null;
                        budgetFen: number;
                        fundId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programmeId: string;
                            /** @enum {string} */
                            kind: "SERVICE" | "INNOVATION";
                            name: string;
                            description: string;
                            amountFen: number;
                            validFrom: string;
                            validUntil: string;
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            eligibilityPolicyId: string | null;
                            budgetFen: number;
                            fundId: string;
                            fundName: {
                                zh: string;
                                en: string;
                            } | null;
                            budget: {
                                budgetFen: number;
                                committedFen: number;
                                settledFen: number;
                                availableFen: number;
                                counts: {
                                    [key: string]: number;
                                };
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/programmes/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发放服务券 Issue vouchers within the budget (bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            issued: number;
                            programme: {
                                programmeId: string;
                                /** @enum {string} */
                                kind: "SERVICE" | "INNOVATION";
                                name: string;
                                description: string;
                                amountFen: number;
                                validFrom: string;
                                validUntil: string;
                                categories: {
                                    /** @enum {string} */
                                    code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                eligibilityPolicyId: string | null;
                                budgetFen: number;
                                fundId: string;
                                fundName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                budget: {
                                    budgetFen: number;
                                    committedFen: number;
                                    settledFen: number;
                                    availableFen: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                } | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/programmes/{id}/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的服务券 A programme’s vouchers (bureau and auditors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                voucherId: string;
                                code: string;
                                programmeId: string;
                                programmeName: string | null;
                                /** @enum {string} */
                                status: "ISSUED" | "CLAIMED" | "REDEEMED" | "SETTLED" | "EXPIRED";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                amountFen: number;
                                validFrom: string;
                                validUntil: string;
                                categories: {
                                    /** @enum {string} */
                                    code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                holderUscc: string | null;
                                claimedAt: string | null;
                                redemption: {
                                    providerId: string;
                                    service: {
                                        /** @enum {string} */
                                        category: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                        description: string;
                                        serviceDate: string;
                                        feeFen: number;
                                    };
                                    at: string;
                                    payableFen: number;
                                    providerName: string | null;
                                    categoryLabel: {
                                        zh: string;
                                        en: string;
                                    };
                                } | null;
                                settlement: {
                                    batchId: string;
                                    paymentId: string;
                                    at: string;
                                    paymentStatus: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/programmes/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 领取服务券 Claim a voucher: eligible enterprises (by the programme’s rule), one each */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            voucherId: string;
                            code: string;
                            programmeId: string;
                            programmeName: string | null;
                            /** @enum {string} */
                            status: "ISSUED" | "CLAIMED" | "REDEEMED" | "SETTLED" | "EXPIRED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number;
                            validFrom: string;
                            validUntil: string;
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            holderUscc: string | null;
                            claimedAt: string | null;
                            redemption: {
                                providerId: string;
                                service: {
                                    /** @enum {string} */
                                    category: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    description: string;
                                    serviceDate: string;
                                    feeFen: number;
                                };
                                at: string;
                                payableFen: number;
                                providerName: string | null;
                                categoryLabel: {
                                    zh: string;
                                    en: string;
                                };
                            } | null;
                            settlement: {
                                batchId: string;
                                paymentId: string;
                                at: string;
                                paymentStatus: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/my-vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的服务券 My enterprise’s vouchers, with the code to show the provider */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                voucherId: string;
                                code: string;
                                programmeId: string;
                                programmeName: string | null;
                                /** @enum {string} */
                                status: "ISSUED" | "CLAIMED" | "REDEEMED" | "SETTLED" | "EXPIRED";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                amountFen: number;
                                validFrom: string;
                                validUntil: string;
                                categories: {
                                    /** @enum {string} */
                                    code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                holderUscc: string | null;
                                claimedAt: string | null;
                                redemption: {
                                    providerId: string;
                                    service: {
                                        /** @enum {string} */
                                        category: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                        description: string;
                                        serviceDate: string;
                                        feeFen: number;
                                    };
                                    at: string;
                                    payableFen: number;
                                    providerName: string | null;
                                    categoryLabel: {
                                        zh: string;
                                        en: string;
                                    };
                                } | null;
                                settlement: {
                                    batchId: string;
                                    paymentId: string;
                                    at: string;
                                    paymentStatus: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核销服务券 The provider redeems a voucher the enterprise presents, with the service record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        enterpriseUscc: string;
                        service: {
                            /** @enum {string} */
                            category: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                            description: string;
                            serviceDate: string;
                            feeFen: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            voucherId: string;
                            code: string;
                            programmeId: string;
                            programmeName: string | null;
                            /** @enum {string} */
                            status: "ISSUED" | "CLAIMED" | "REDEEMED" | "SETTLED" | "EXPIRED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number;
                            validFrom: string;
                            validUntil: string;
                            categories: {
                                /** @enum {string} */
                                code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            holderUscc: string | null;
                            claimedAt: string | null;
                            redemption: {
                                providerId: string;
                                service: {
                                    /** @enum {string} */
                                    category: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    description: string;
                                    serviceDate: string;
                                    feeFen: number;
                                };
                                at: string;
                                payableFen: number;
                                providerName: string | null;
                                categoryLabel: {
                                    zh: string;
                                    en: string;
                                };
                            } | null;
                            settlement: {
                                batchId: string;
                                paymentId: string;
                                at: string;
                                paymentStatus: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/provider-vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机构核销的服务券 Vouchers my organisation redeemed, with settlement status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                voucherId: string;
                                code: string;
                                programmeId: string;
                                programmeName: string | null;
                                /** @enum {string} */
                                status: "ISSUED" | "CLAIMED" | "REDEEMED" | "SETTLED" | "EXPIRED";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                amountFen: number;
                                validFrom: string;
                                validUntil: string;
                                categories: {
                                    /** @enum {string} */
                                    code: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                holderUscc: string | null;
                                claimedAt: string | null;
                                redemption: {
                                    providerId: string;
                                    service: {
                                        /** @enum {string} */
                                        category: "STARTUP_TRAINING" | "IP_PROTECTION" | "MANAGEMENT_CONSULTING" | "INFORMATION_CONSULTING" | "CREDIT_SERVICES" | "MARKETING" | "PROJECT_DEVELOPMENT" | "INVESTMENT_FINANCING" | "FINANCE_TAX" | "PROPERTY_RIGHTS_TRADING" | "TECHNICAL_SUPPORT" | "TALENT_HR" | "FOREIGN_COOPERATION" | "EXHIBITIONS" | "LEGAL_CONSULTING";
                                        description: string;
                                        serviceDate: string;
                                        feeFen: number;
                                    };
                                    at: string;
                                    payableFen: number;
                                    providerName: string | null;
                                    categoryLabel: {
                                        zh: string;
                                        en: string;
                                    };
                                } | null;
                                settlement: {
                                    batchId: string;
                                    paymentId: string;
                                    at: string;
                                    paymentStatus: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可申报政策 Policies paid from a special fund, with their channel (申报 or 免申即享), fund and department (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                policyId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                department: {
                                    zh: string;
                                    en: string;
                                } | null;
                                /** @enum {string} */
                                channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                                fund: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    year: number;
                                };
                                reviewingDepartment: string;
                                noticeWorkingDays: number;
                                reviewWorkingDays: number;
                                implements: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/policies/{policyId}/prefill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报表预填 The application form filled from the profile and yearly figures, with the rule evaluation and the facts only the enterprise can add (enterprise only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    policyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policyId: string;
                            title: {
                                zh: string;
                                en: string;
                            } | null;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                            fund: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                year: number;
                            };
                            enterprise: {
                                uscc: string;
                                name: string;
                                district: string;
                                districtName: {
                                    zh: string;
                                    en: string;
                                };
                                industryCode: string;
                                registeredAddress: string;
                            };
                            prefilled: {
                                fact: string;
                                from: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                value: unknown;
                            }[];
                            toFill: {
                                name: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                group: string;
                                type: string;
                                unit: string | null;
                            }[];
                            missingFromRegistry: {
                                name: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                group: string;
                            }[];
                            expenseKind: string | null;
                            assessment: {
                                status: string;
                                amountFen: number | null;
                                assessedOn: string;
                                dateNote: {
                                    zh: string;
                                    en: string;
                                } | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                citations: {
                                    address: string;
                                    text: string | null;
                                    name: string | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报列表 Applications and 免申即享 cases I may see: the enterprise its own, a reviewer its department's policies, finance the approved payments, auditors all; oldest first, a page at a time by key (after = nextCursor) */
        get: {
            parameters: {
                query?: {
                    status?: "LISTED" | "CONFIRMED" | "DECLINED" | "SUBMITTED" | "UNDER_REVIEW" | "AWAITING_CORRECTION" | "OVERRIDE_PENDING" | "PUBLIC_NOTICE" | "APPROVED" | "PAYMENT_IN_PROGRESS" | "PAID" | "PAYMENT_FAILED" | "REJECTED" | "WITHDRAWN";
                    policyId?: string;
                    channel?: "ONLINE_APPLICATION" | "NO_APPLICATION";
                    pageSize?: number;
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                trackingNumber: string;
                                uscc: string;
                                enterpriseName: string;
                                policyId: string;
                                fundId: string;
                                /** @enum {string} */
                                channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                                /** @enum {string} */
                                status: "LISTED" | "CONFIRMED" | "DECLINED" | "SUBMITTED" | "UNDER_REVIEW" | "AWAITING_CORRECTION" | "OVERRIDE_PENDING" | "PUBLIC_NOTICE" | "APPROVED" | "PAYMENT_IN_PROGRESS" | "PAID" | "PAYMENT_FAILED" | "REJECTED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                amountFen: number | null;
                                computedFen: number | null;
                                sizeClass: string | null;
                                district: string;
                                dueOn: string | null;
                                createdAt: string;
                                updatedAt: string;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                canAct: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提交申报 Submit once (requestId makes a retried request return the same application); declared facts in yuan; truthfulness declaration required (enterprise only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        policyId: string;
                        requestId: string;
                        /** @default {} */
                        declaredFacts?: {
                            [key: string]: unknown;
                        };
                        expenseReference?: string | null;
                        account: {
                            accountName: string;
                            accountNumber: string;
                            bankName: string;
                        };
                        declaredTruthful: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: boolean;
                            application: {
                                id: string;
                                trackingNumber: string;
                                uscc: string;
                                enterpriseName: string;
                                policyId: string;
                                fundId: string;
                                /** @enum {string} */
                                channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                                /** @enum {string} */
                                status: "LISTED" | "CONFIRMED" | "DECLINED" | "SUBMITTED" | "UNDER_REVIEW" | "AWAITING_CORRECTION" | "OVERRIDE_PENDING" | "PUBLIC_NOTICE" | "APPROVED" | "PAYMENT_IN_PROGRESS" | "PAID" | "PAYMENT_FAILED" | "REJECTED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                amountFen: number | null;
                                computedFen: number | null;
                                sizeClass: string | null;
                                district: string;
                                dueOn: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: boolean;
                            application: {
                                id: string;
                                trackingNumber: string;
                                uscc: string;
                                enterpriseName: string;
                                policyId: string;
                                fundId: string;
                                /** @enum {string} */
                                channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                                /** @enum {string} */
                                status: "LISTED" | "CONFIRMED" | "DECLINED" | "SUBMITTED" | "UNDER_REVIEW" | "AWAITING_CORRECTION" | "OVERRIDE_PENDING" | "PUBLIC_NOTICE" | "APPROVED" | "PAYMENT_IN_PROGRESS" | "PAID" | "PAYMENT_FAILED" | "REJECTED" | "WITHDRAWN";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                amountFen: number | null;
                                computedFen: number | null;
                                sizeClass: string | null;
                                district: string;
                                dueOn: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报详情 One case: stage dates (受理、审核、公示、拨付), the rule explanation, decision with amount, log, attachments and my next actions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            trackingNumber: string;
                            uscc: string;
                            enterpriseName: string;
                            policyId: string;
                            fundId: string;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                            /** @enum {string} */
                            status: "LISTED" | "CONFIRMED" | "DECLINED" | "SUBMITTED" | "UNDER_REVIEW" | "AWAITING_CORRECTION" | "OVERRIDE_PENDING" | "PUBLIC_NOTICE" | "APPROVED" | "PAYMENT_IN_PROGRESS" | "PAID" | "PAYMENT_FAILED" | "REJECTED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number | null;
                            computedFen: number | null;
                            sizeClass: string | null;
                            district: string;
                            dueOn: string | null;
                            createdAt: string;
                            updatedAt: string;
                            form: {
                                [key: string]: unknown;
                            };
                            evaluation: {
                                status: string;
                                amountFen: number | null;
                                assessedOn: string;
                                dateNote?: {
                                    zh: string;
                                    en: string;
                                } | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                citations: {
                                    address: string;
                                    text: string | null;
                                    name: string | null;
                                }[];
                            } & {
                                [key: string]: unknown;
                            };
                            decision: ({
                                amountFen: number;
                                computedFen: number;
                                assessedOn: string;
                                overrideReason: string | null;
                                noticeUntil: string | null;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            dates: {
                                [key: string]: string | null;
                            };
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            } | null;
                            rejection: {
                                reason: {
                                    zh: string;
                                    en: string;
                                };
                                article: string | null;
                            } | null;
                            corrections: {
                                requestedOn: string;
                                note: string;
                                answeredOn: string | null;
                                answer: string | null;
                            }[];
                            pauses: {
                                from: string;
                                until: string | null;
                            }[];
                            payment: {
                                batchId: string;
                                bankReference: string | null;
                                failure: string | null;
                            } | null;
                            log: {
                                seq: number;
                                type: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                at: string;
                                on: string;
                                actorRole: string;
                                actorUserId?: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            attachments: {
                                id: string;
                                caseId: string;
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            actions: ("ACCEPT" | "REQUEST_CORRECTION" | "SUBMIT_CORRECTION" | "APPROVE" | "CONFIRM_OVERRIDE" | "REJECT" | "END_NOTICE" | "WITHDRAW" | "CONFIRM" | "DECLINE")[];
                            actingAs: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/applications/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理 One action on a case through the transition table: 受理, 补正 (clock stops), approve with the rule-computed amount (override: reason + second reviewer; refused with the figures past the fund budget or the per-enterprise cap, or for an expense already funded), reject with reason and article, withdraw, 免申即享 confirm/decline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "ACCEPT" | "REQUEST_CORRECTION" | "SUBMIT_CORRECTION" | "APPROVE" | "CONFIRM_OVERRIDE" | "REJECT" | "END_NOTICE" | "WITHDRAW" | "CONFIRM" | "DECLINE";
                        note?: string | null;
                        reason?: {
                            zh: string;
                            en: string;
                        } | null;
                        article?: string | null;
                        amountFen?: number | null;
                        overrideReason?: string | null;
                        account?: {
                            accountName: string;
                            accountNumber: string;
                            bankName: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            trackingNumber: string;
                            uscc: string;
                            enterpriseName: string;
                            policyId: string;
                            fundId: string;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                            /** @enum {string} */
                            status: "LISTED" | "CONFIRMED" | "DECLINED" | "SUBMITTED" | "UNDER_REVIEW" | "AWAITING_CORRECTION" | "OVERRIDE_PENDING" | "PUBLIC_NOTICE" | "APPROVED" | "PAYMENT_IN_PROGRESS" | "PAID" | "PAYMENT_FAILED" | "REJECTED" | "WITHDRAWN";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            amountFen: number | null;
                            computedFen: number | null;
                            sizeClass: string | null;
                            district: string;
                            dueOn: string | null;
                            createdAt: string;
                            updatedAt: string;
                            form: {
                                [key: string]: unknown;
                            };
                            evaluation: {
                                status: string;
                                amountFen: number | null;
                                assessedOn: string;
                                dateNote?: {
                                    zh: string;
                                    en: string;
                                } | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                citations: {
                                    address: string;
                                    text: string | null;
                                    name: string | null;
                                }[];
                            } & {
                                [key: string]: unknown;
                            };
                            decision: ({
                                amountFen: number;
                                computedFen: number;
                                assessedOn: string;
                                overrideReason: string | null;
                                noticeUntil: string | null;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            dates: {
                                [key: string]: string | null;
                            };
                            account: {
                                accountName: string;
                                accountNumber: string;
                                bankName: string;
                            } | null;
                            rejection: {
                                reason: {
                                    zh: string;
                                    en: string;
                                };
                                article: string | null;
                            } | null;
                            corrections: {
                                requestedOn: string;
                                note: string;
                                answeredOn: string | null;
                                answer: string | null;
                            }[];
                            pauses: {
                                from: string;
                                until: string | null;
                            }[];
                            payment: {
                                batchId: string;
                                bankReference: string | null;
                                failure: string | null;
                            } | null;
                            log: {
                                seq: number;
                                type: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                at: string;
                                on: string;
                                actorRole: string;
                                actorUserId?: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            attachments: {
                                id: string;
                                caseId: string;
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            actions: ("ACCEPT" | "REQUEST_CORRECTION" | "SUBMIT_CORRECTION" | "APPROVE" | "CONFIRM_OVERRIDE" | "REJECT" | "END_NOTICE" | "WITHDRAW" | "CONFIRM" | "DECLINE")[];
                            actingAs: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件 One attachment to the enterprise's own pending application (JSON, content in base64; PDF/PNG/JPEG checked by content, ≤ 10 MiB, ≤ 20 per application; stored, never executed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        contentType: string;
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            caseId: string;
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/applications/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件 Download (always as an attachment, nosniff) for whoever may see the case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 附件 The file as uploaded, under the media type it was recognised as */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/no-application/{policyId}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 数据比对 免申即享: evaluate every enterprise with shared data and list the eligible ones for 意愿确认 (reviewing department only; repeatable) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    policyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: number;
                            listed: string[];
                            alreadyListed: number;
                            ineligible: {
                                uscc: string;
                                reasons: unknown;
                            }[];
                            unknown: {
                                uscc: string;
                                missing: string[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/no-application/{policyId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量审核 Approve every confirmed 免申即享 case of the policy, each with the rule-computed amount and the fund checks; refused ones are listed with the figures */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    policyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approved: {
                                trackingNumber: string;
                                amountFen: number | null;
                            }[];
                            refused: {
                                trackingNumber: string;
                                code: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资金使用看板 Budget, commitments and payments by fund, policy, district and size class; share to small and micro enterprises against the jurisdiction's minimum; overdue reviews (officials and auditors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            funds: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                jurisdiction: string;
                                departmentId: string;
                                year: number;
                                budgetFen: number;
                                committedFen: number;
                                paidFen: number;
                                policies: string[];
                                remainingFen: number;
                                smallMicro: {
                                    totalFen: number;
                                    smallMicroFen: number;
                                    share: number | null;
                                    minimum: {
                                        ratio: number;
                                        label: string;
                                        reference: string;
                                    } | null;
                                    meetsMinimum: boolean | null;
                                    note: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                            }[];
                            byPolicy: {
                                key: string;
                                cases: number;
                                committedFen: number;
                                paidFen: number;
                            }[];
                            byDistrict: {
                                key: string;
                                cases: number;
                                committedFen: number;
                                paidFen: number;
                            }[];
                            bySizeClass: {
                                key: string;
                                cases: number;
                                committedFen: number;
                                paidFen: number;
                            }[];
                            overdue: {
                                id: string;
                                trackingNumber: string;
                                policyId: string;
                                departmentId: string;
                                dueOn: string;
                                status: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/benefits/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资金公开 Public disclosure of fund use by policy: budget, number of beneficiaries, amounts committed and paid, by size class; no enterprise names or personal data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            funds: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                year: number;
                                jurisdiction: string;
                                budgetFen: number;
                                committedFen: number;
                                paidFen: number;
                                smallMicro: {
                                    totalFen: number;
                                    smallMicroFen: number;
                                    share: number | null;
                                    minimum: {
                                        ratio: number;
                                        label: string;
                                        reference: string;
                                    } | null;
                                    meetsMinimum: boolean | null;
                                    note: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                policies: {
                                    policyId: string;
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                                    beneficiaries: number;
                                    committedFen: number;
                                    paidFen: number;
                                }[];
                            }[];
                            bySizeClass: {
                                key: string;
                                cases: number;
                                committedFen: number;
                                paidFen: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资金管理 Funds with budget, commitments, payments, the pending budget change and the four-eyes threshold (SME bureau, auditors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                jurisdiction: string;
                                departmentId: string;
                                year: number;
                                budgetFen: number;
                                committedFen: number;
                                paidFen: number;
                                policies: string[];
                                pendingChange: {
                                    id: string;
                                    fundId: string;
                                    oldBudgetFen: number;
                                    newBudgetFen: number;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "APPLIED" | "PENDING" | "APPROVED" | "REJECTED";
                                    proposedBy: string;
                                    proposedByName: string;
                                    proposedAt: string;
                                    decidedBy: string | null;
                                    decidedByName: string | null;
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                } | null;
                            }[];
                            thresholdFen: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建专项资金 Create a fund with its yearly budget (a budget above the threshold waits for a second officer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        nameZh: string;
                        /** @default  */
                        nameEn?: string;
                        jurisdiction: string;
                        departmentId: string;
                        year: number;
                        budgetFen: number;
                        /** @default 新建专项资金 */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fundId: string;
                            budgetChange: {
                                id: string;
                                fundId: string;
                                oldBudgetFen: number;
                                newBudgetFen: number;
                                reason: string;
                                /** @enum {string} */
                                status: "APPLIED" | "PENDING" | "APPROVED" | "REJECTED";
                                proposedBy: string;
                                proposedByName: string;
                                proposedAt: string;
                                decidedBy: string | null;
                                decidedByName: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/funds/{fundId}/budget-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预算调整记录 A fund's budget changes, who proposed and who approved them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                fundId: string;
                                oldBudgetFen: number;
                                newBudgetFen: number;
                                reason: string;
                                /** @enum {string} */
                                status: "APPLIED" | "PENDING" | "APPROVED" | "REJECTED";
                                proposedBy: string;
                                proposedByName: string;
                                proposedAt: string;
                                decidedBy: string | null;
                                decidedByName: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 调整预算 Propose a new yearly budget: applied at once up to the threshold, otherwise waiting for a second officer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newBudgetFen: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fundId: string;
                            oldBudgetFen: number;
                            newBudgetFen: number;
                            reason: string;
                            /** @enum {string} */
                            status: "APPLIED" | "PENDING" | "APPROVED" | "REJECTED";
                            proposedBy: string;
                            proposedByName: string;
                            proposedAt: string;
                            decidedBy: string | null;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/funds/{fundId}/budget-changes/{changeId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复核预算调整 A second officer (never the proposer) approves or rejects a pending budget change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fundId: string;
                    changeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fundId: string;
                            oldBudgetFen: number;
                            newBudgetFen: number;
                            reason: string;
                            /** @enum {string} */
                            status: "APPLIED" | "PENDING" | "APPROVED" | "REJECTED";
                            proposedBy: string;
                            proposedByName: string;
                            proposedAt: string;
                            decidedBy: string | null;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/linkable-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可关联政策 Rule-base policies and policies published in the console that grant cash (a fee cut or a tax deduction is never paid by a fund), with whether they compute an amount */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                policyId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                source: "RULES" | "CONSOLE";
                                hasAmount: boolean;
                                isCash: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/fund-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资金与政策 Which fund pays which policy, the channel (申报 / 免申即享) and the per-enterprise cap */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                policyId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                source: ("RULES" | "CONSOLE") | null;
                                fundId: string;
                                fundName: {
                                    zh: string;
                                    en: string;
                                };
                                fundYear: number;
                                /** @enum {string} */
                                channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                                capFen: number | null;
                                capParam: string | null;
                                noticeWorkingDays: number;
                                reviewWorkingDays: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/fund-links/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 关联政策与资金 Link a policy (rule base or published in the console, with an amount) to a fund: channel (免申即享 on/off), per-enterprise cap in fen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    policyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fundId: string;
                        /** @enum {string} */
                        channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                        /** @default null */
                        capFen?: number | null;
                        /** @default 0 */
                        noticeWorkingDays?: number;
                        /** @default 20 */
                        reviewWorkingDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policyId: string;
                            fundId: string;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION";
                            capFen: number | null;
                            noticeWorkingDays: number;
                            reviewWorkingDays: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/payment-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 拨付批次 Payment batches with paid / failed / pending counts (finance officers and auditors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                fundId: string;
                                createdBy: string;
                                createdAt: string;
                                lineCount: number;
                                totalFen: number;
                                paid: number;
                                failed: number;
                                pending: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 生成拨付批次 A batch of every approved payment of a fund (finance officers only); a case is never in two pending payments */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fundId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fundId: string;
                            createdBy: string;
                            createdAt: string;
                            lineCount: number;
                            totalFen: number;
                            paid: number;
                            failed: number;
                            pending: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/payment-batches/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出拨付文件 The batch for the bank as CSV (UTF-8 with BOM) or XLSX (finance officers only) */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 拨付文件 The payment file for the bank */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/payment-batches/{id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入银行回单 The bank return file (CSV: payment_id,result,amount_yuan,bank_reference,settled_on,reason) marks lines paid or failed; importing the same file again changes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string;
                            alreadyImported: boolean;
                            paid: number;
                            failed: number;
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/law/works": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 法规库 Every regulation and policy document the platform implements, with its versions (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                key: string;
                                title: string;
                                titleEn: string | null;
                                jurisdiction: string;
                                type: string;
                                issuer: string | null;
                                documentNumber: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "ADOPTED" | "IN_FORCE" | "REPEALED";
                                sourceUrl: string | null;
                                versions: {
                                    id: string;
                                    label: string | null;
                                    /** @enum {string} */
                                    status: "DRAFT" | "ADOPTED" | "IN_FORCE" | "REPEALED";
                                    published: string | null;
                                    effective: string | null;
                                    effectiveUntil: string | null;
                                    excerpt: boolean;
                                    isComparisonColumn: boolean;
                                }[];
                                currentVersion: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/law/works/{workKey}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 条文 One version of a text in document order: parts (通告、题注、附件、说明), chapters, articles with 款/项/目 and their eIds, and beside each article the rules, parameters, code and cases that implement it. The work id is written with ~ instead of / (cn-sh~regulation~sme-promotion) (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workKey: string;
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            work: {
                                id: string;
                                key: string;
                                title: string;
                                titleEn: string | null;
                                jurisdiction: string;
                                type: string;
                                issuer: string | null;
                                documentNumber: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "ADOPTED" | "IN_FORCE" | "REPEALED";
                                sourceUrl: string | null;
                                versions: {
                                    id: string;
                                    label: string | null;
                                    /** @enum {string} */
                                    status: "DRAFT" | "ADOPTED" | "IN_FORCE" | "REPEALED";
                                    published: string | null;
                                    effective: string | null;
                                    effectiveUntil: string | null;
                                    excerpt: boolean;
                                    isComparisonColumn: boolean;
                                }[];
                                currentVersion: string | null;
                            };
                            version: {
                                id: string;
                                label: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "ADOPTED" | "IN_FORCE" | "REPEALED";
                                published: string | null;
                                effective: string | null;
                                effectiveUntil: string | null;
                                excerpt: boolean;
                                isComparisonColumn: boolean;
                            };
                            documentNumber: string | null;
                            nodes: ({
                                /** @enum {string} */
                                kind: "block";
                                eid: string;
                                role: string;
                                label: string;
                                paragraphs: {
                                    eid: string;
                                    num: string;
                                    text: string;
                                    isHeading: boolean;
                                    annotations: string[];
                                    items: {
                                        eid: string;
                                        num: string;
                                        text: string;
                                        annotations: string[];
                                        subitems: {
                                            eid: string;
                                            num: string;
                                            text: string;
                                            annotations: string[];
                                        }[];
                                    }[];
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "division";
                                eid: string;
                                type: string;
                                num: string;
                                title: string;
                                parent: string | null;
                                depth: number;
                            } | {
                                /** @enum {string} */
                                kind: "article";
                                eid: string;
                                type: string;
                                num: string;
                                heading: string | null;
                                parent: string | null;
                                annotations: string[];
                                paragraphs: {
                                    eid: string;
                                    num: string;
                                    text: string;
                                    isHeading: boolean;
                                    annotations: string[];
                                    items: {
                                        eid: string;
                                        num: string;
                                        text: string;
                                        annotations: string[];
                                        subitems: {
                                            eid: string;
                                            num: string;
                                            text: string;
                                            annotations: string[];
                                        }[];
                                    }[];
                                }[];
                            })[];
                            articleCount: number;
                            implementations: {
                                [key: string]: {
                                    /** @enum {string} */
                                    kind: "RULE" | "PARAMETER" | "VARIABLE" | "SIZE_STANDARD" | "CASE" | "CODE";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    count: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/law/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 引用解析 The text a citation points at: work[@version][#eId]; without @version the version in force on date (a draft when none is in force). 400 malformed address, 404 when it does not resolve (public) */
        get: {
            parameters: {
                query: {
                    address: string;
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            workId: string;
                            workKey: string;
                            version: string;
                            versionLabel: string | null;
                            eid: string | null;
                            num: string;
                            heading: string | null;
                            text: string;
                            citation: string;
                            fullCitation: string;
                            title: string;
                            /** @enum {string} */
                            status: "DRAFT" | "ADOPTED" | "IN_FORCE" | "REPEALED";
                            inForce: boolean;
                            date: string | null;
                            effective: string | null;
                            effectiveUntil: string | null;
                            annotations: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/law/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全文检索 Chinese full-text search: terms separated by spaces must all occur; the latest version of each work unless version or allVersions is given; q 1–100 characters (public) */
        get: {
            parameters: {
                query: {
                    q: string;
                    work?: string;
                    version?: string;
                    allVersions?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            query: string;
                            hits: {
                                address: string;
                                workId: string;
                                workKey: string;
                                version: string;
                                eid: string;
                                title: string;
                                citation: string;
                                articleEid: string | null;
                                snippet: string;
                                match: {
                                    start: number;
                                    length: number;
                                };
                                score: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/law/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 修改对照 Two versions side by side: articles aligned by content (renumbered and moved ones found), character changes, moved 款; format=html gives a self-contained page (public) */
        get: {
            parameters: {
                query: {
                    work: string;
                    old: string;
                    new: string;
                    format?: "json" | "html";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            work: {
                                id: string;
                                key: string;
                                title: string;
                            };
                            old: {
                                id: string;
                                label: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "ADOPTED" | "IN_FORCE" | "REPEALED";
                                published: string | null;
                                effective: string | null;
                                effectiveUntil: string | null;
                                excerpt: boolean;
                                isComparisonColumn: boolean;
                            };
                            new: {
                                id: string;
                                label: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "ADOPTED" | "IN_FORCE" | "REPEALED";
                                published: string | null;
                                effective: string | null;
                                effectiveUntil: string | null;
                                excerpt: boolean;
                                isComparisonColumn: boolean;
                            };
                            summary: {
                                [key: string]: number;
                            };
                            pairs: {
                                /** @enum {string} */
                                kind: "unchanged" | "modified" | "moved" | "added" | "deleted";
                                old: {
                                    eid: string;
                                    num: string;
                                    heading: string | null;
                                } | null;
                                new: {
                                    eid: string;
                                    num: string;
                                    heading: string | null;
                                } | null;
                                similarity: number;
                                changes: {
                                    /** @enum {string} */
                                    op: "equal" | "insert" | "delete";
                                    text: string;
                                }[];
                                movedTo: {
                                    from: string;
                                    to: string;
                                    fromNum: string;
                                    toNum: string;
                                    similarity: number;
                                }[];
                                movedFrom: {
                                    from: string;
                                    to: string;
                                    fromNum: string;
                                    toNum: string;
                                    similarity: number;
                                }[];
                            }[];
                            moves: {
                                from: string;
                                to: string;
                                fromNum: string;
                                toNum: string;
                                similarity: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 采购项目登记 A department's procurement projects of a year (its own officers; the SME bureau and auditors any department). department defaults to my own */
        get: {
            parameters: {
                query?: {
                    department?: string;
                    year?: number | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            year: number;
                            items: {
                                id: string;
                                departmentId: string;
                                departmentName: {
                                    zh: string;
                                    en: string;
                                };
                                year: number;
                                code: string;
                                name: string;
                                /** @enum {string} */
                                category: "GOODS" | "WORKS" | "SERVICES";
                                budgetFen: number;
                                suitableForSme: boolean;
                                exemption: {
                                    article: string | null;
                                    reason: string;
                                } | null;
                                reservation: {
                                    /** @enum {string} */
                                    method: "NONE";
                                } | {
                                    /** @enum {string} */
                                    method: "WHOLE_PROJECT";
                                    /** @enum {string} */
                                    reservedFor: "SME" | "SMALL_MICRO";
                                } | {
                                    /** @enum {string} */
                                    method: "LOTS";
                                    lots: {
                                        id: string;
                                        name?: string;
                                        budgetFen: number;
                                        /** @enum {string} */
                                        reservedFor: "SME" | "SMALL_MICRO";
                                    }[];
                                } | {
                                    /** @enum {string} */
                                    method: "CONSORTIUM";
                                    smeShare: string | number;
                                    smallMicroShare: string | number;
                                } | {
                                    /** @enum {string} */
                                    method: "SUBCONTRACT";
                                    smeShare: string | number;
                                    smallMicroShare: string | number;
                                };
                                /** @enum {string} */
                                reservationMethod: "NONE" | "WHOLE_PROJECT" | "LOTS" | "CONSORTIUM" | "SUBCONTRACT";
                                reservationDescription: {
                                    zh: string;
                                    en: string;
                                };
                                reservedFen: number;
                                smallMicroFen: number;
                                version: number;
                                updatedAt: string;
                            }[];
                            canManage: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记采购项目 Register a project of my department for a year (budget in fen, category, suitability or statutory exemption, reservation); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        category: "GOODS" | "WORKS" | "SERVICES";
                        budgetFen: number;
                        suitableForSme: boolean;
                        exemption?: {
                            article?: string | null;
                            reason: string;
                        } | null;
                        reservation: {
                            /** @enum {string} */
                            method: "NONE";
                        } | {
                            /** @enum {string} */
                            method: "WHOLE_PROJECT";
                            /** @enum {string} */
                            reservedFor: "SME" | "SMALL_MICRO";
                        } | {
                            /** @enum {string} */
                            method: "LOTS";
                            lots: {
                                id: string;
                                name?: string;
                                budgetFen: number;
                                /** @enum {string} */
                                reservedFor: "SME" | "SMALL_MICRO";
                            }[];
                        } | {
                            /** @enum {string} */
                            method: "CONSORTIUM";
                            smeShare: string | number;
                            smallMicroShare: string | number;
                        } | {
                            /** @enum {string} */
                            method: "SUBCONTRACT";
                            smeShare: string | number;
                            smallMicroShare: string | number;
                        };
                        year: number | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            departmentId: string;
                            departmentName: {
                                zh: string;
                                en: string;
                            };
                            year: number;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            category: "GOODS" | "WORKS" | "SERVICES";
                            budgetFen: number;
                            suitableForSme: boolean;
                            exemption: {
                                article: string | null;
                                reason: string;
                            } | null;
                            reservation: {
                                /** @enum {string} */
                                method: "NONE";
                            } | {
                                /** @enum {string} */
                                method: "WHOLE_PROJECT";
                                /** @enum {string} */
                                reservedFor: "SME" | "SMALL_MICRO";
                            } | {
                                /** @enum {string} */
                                method: "LOTS";
                                lots: {
                                    id: string;
                                    name?: string;
                                    budgetFen: number;
                                    /** @enum {string} */
                                    reservedFor: "SME" | "SMALL_MICRO";
                                }[];
                            } | {
                                /** @enum {string} */
                                method: "CONSORTIUM";
                                smeShare: string | number;
                                smallMicroShare: string | number;
                            } | {
                                /** @enum {string} */
                                method: "SUBCONTRACT";
                                smeShare: string | number;
                                smallMicroShare: string | number;
                            };
                            /** @enum {string} */
                            reservationMethod: "NONE" | "WHOLE_PROJECT" | "LOTS" | "CONSORTIUM" | "SUBCONTRACT";
                            reservationDescription: {
                                zh: string;
                                en: string;
                            };
                            reservedFen: number;
                            smallMicroFen: number;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 采购项目详情 One project with its lots and reservation (its department, the SME bureau, auditors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            departmentId: string;
                            departmentName: {
                                zh: string;
                                en: string;
                            };
                            year: number;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            category: "GOODS" | "WORKS" | "SERVICES";
                            budgetFen: number;
                            suitableForSme: boolean;
                            exemption: {
                                article: string | null;
                                reason: string;
                            } | null;
                            reservation: {
                                /** @enum {string} */
                                method: "NONE";
                            } | {
                                /** @enum {string} */
                                method: "WHOLE_PROJECT";
                                /** @enum {string} */
                                reservedFor: "SME" | "SMALL_MICRO";
                            } | {
                                /** @enum {string} */
                                method: "LOTS";
                                lots: {
                                    id: string;
                                    name?: string;
                                    budgetFen: number;
                                    /** @enum {string} */
                                    reservedFor: "SME" | "SMALL_MICRO";
                                }[];
                            } | {
                                /** @enum {string} */
                                method: "CONSORTIUM";
                                smeShare: string | number;
                                smallMicroShare: string | number;
                            } | {
                                /** @enum {string} */
                                method: "SUBCONTRACT";
                                smeShare: string | number;
                                smallMicroShare: string | number;
                            };
                            /** @enum {string} */
                            reservationMethod: "NONE" | "WHOLE_PROJECT" | "LOTS" | "CONSORTIUM" | "SUBCONTRACT";
                            reservationDescription: {
                                zh: string;
                                en: string;
                            };
                            reservedFen: number;
                            smallMicroFen: number;
                            version: number;
                            updatedAt: string;
                            canManage: boolean;
                        };
                    };
                };
            };
        };
        /** 修改采购项目 Replace a project's fields (its department's officers); a new version only when something changed; audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        category: "GOODS" | "WORKS" | "SERVICES";
                        budgetFen: number;
                        suitableForSme: boolean;
                        exemption?: {
                            article?: string | null;
                            reason: string;
                        } | null;
                        reservation: {
                            /** @enum {string} */
                            method: "NONE";
                        } | {
                            /** @enum {string} */
                            method: "WHOLE_PROJECT";
                            /** @enum {string} */
                            reservedFor: "SME" | "SMALL_MICRO";
                        } | {
                            /** @enum {string} */
                            method: "LOTS";
                            lots: {
                                id: string;
                                name?: string;
                                budgetFen: number;
                                /** @enum {string} */
                                reservedFor: "SME" | "SMALL_MICRO";
                            }[];
                        } | {
                            /** @enum {string} */
                            method: "CONSORTIUM";
                            smeShare: string | number;
                            smallMicroShare: string | number;
                        } | {
                            /** @enum {string} */
                            method: "SUBCONTRACT";
                            smeShare: string | number;
                            smallMicroShare: string | number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            departmentId: string;
                            departmentName: {
                                zh: string;
                                en: string;
                            };
                            year: number;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            category: "GOODS" | "WORKS" | "SERVICES";
                            budgetFen: number;
                            suitableForSme: boolean;
                            exemption: {
                                article: string | null;
                                reason: string;
                            } | null;
                            reservation: {
                                /** @enum {string} */
                                method: "NONE";
                            } | {
                                /** @enum {string} */
                                method: "WHOLE_PROJECT";
                                /** @enum {string} */
                                reservedFor: "SME" | "SMALL_MICRO";
                            } | {
                                /** @enum {string} */
                                method: "LOTS";
                                lots: {
                                    id: string;
                                    name?: string;
                                    budgetFen: number;
                                    /** @enum {string} */
                                    reservedFor: "SME" | "SMALL_MICRO";
                                }[];
                            } | {
                                /** @enum {string} */
                                method: "CONSORTIUM";
                                smeShare: string | number;
                                smallMicroShare: string | number;
                            } | {
                                /** @enum {string} */
                                method: "SUBCONTRACT";
                                smeShare: string | number;
                                smallMicroShare: string | number;
                            };
                            /** @enum {string} */
                            reservationMethod: "NONE" | "WHOLE_PROJECT" | "LOTS" | "CONSORTIUM" | "SUBCONTRACT";
                            reservationDescription: {
                                zh: string;
                                en: string;
                            };
                            reservedFen: number;
                            smallMicroFen: number;
                            version: number;
                            updatedAt: string;
                            changedFields: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** 删除采购项目 Delete a project that has no evaluations or declarations yet (its department's officers); audited */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 无内容 No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/departments/{departmentId}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预留份额评估 Whether a department meets its jurisdiction's reserved-share rules for a year, each requirement with its gap, and what it would take (its officers, the SME bureau, auditors) */
        get: {
            parameters: {
                query?: {
                    year?: number | string;
                };
                header?: never;
                path: {
                    departmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            department: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                jurisdiction: string;
                                rulesJurisdiction: string;
                            };
                            year: number;
                            asOf: string;
                            /** @enum {string} */
                            status: "MET" | "NOT_MET" | "NO_SUITABLE_PROJECTS";
                            figures: {
                                totalBudgetFen: number;
                                suitableBudgetFen: number;
                                exemptBudgetFen: number;
                                reservedFen: number;
                                smallMicroFen: number;
                                reservedShareOfSuitable: string | null;
                                smallMicroShareOfReserved: string | null;
                            };
                            requirements: {
                                code: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                met: boolean;
                                draft: boolean;
                                baseFen: number;
                                ratio: string | null;
                                requiredFen: number;
                                actualFen: number;
                                gapFen: number;
                                projectIds: string[];
                                citations: string[];
                                explanation: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            projects: {
                                id: string;
                                name: string;
                                band: string;
                                method: string;
                                budgetFen: number;
                                reservedFen: number;
                                smallMicroFen: number;
                            }[];
                            toMeet: {
                                zh: string;
                                en: string;
                            }[];
                            parameters: {
                                path: string;
                                value: string;
                                unit: string;
                                jurisdiction: string;
                                from: string;
                                reference: string;
                                unverified: boolean;
                                note: string | null;
                            }[];
                            notes: {
                                zh: string;
                                en: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/projects/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评审结果 A project's stored evaluations, newest first, with their award if published (its department, the SME bureau, auditors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                projectId: string;
                                lotId: string | null;
                                evaluatedOn: string;
                                reservedForSme: boolean;
                                bids: {
                                    id: string;
                                    supplier: string;
                                    priceFen: number;
                                    evaluatedPriceFen: number;
                                    deductionFen: number;
                                    deductionRate: string;
                                    preference: string;
                                    smeStatus: string;
                                    qualifiesForReservedShare: boolean;
                                    smallMicroShare: string | null;
                                    reason: {
                                        zh: string;
                                        en: string;
                                    };
                                    citations: string[];
                                    rank: number;
                                }[];
                                ranges: unknown;
                                parameters: unknown[];
                                warnings: {
                                    zh: string;
                                    en: string;
                                }[];
                                createdAt: string;
                                award: {
                                    id: string;
                                    winnerName: string;
                                    announcedOn: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 评审价格 Evaluate the bids of a project or lot (prices in yuan): evaluated prices, deduction rate, reason and citations per bid, stored with the date; its department's officers; audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        lotId?: string | null;
                        deductionRate?: (string | number) | null;
                        consortiumDeductionRate?: (string | number) | null;
                        bids: {
                            id: string;
                            supplier: string;
                            price: string | number;
                            items?: {
                                name?: string;
                                makerName?: string;
                                /** @enum {string} */
                                makerSize: "large" | "medium" | "small" | "micro";
                            }[];
                            consortium?: {
                                name?: string;
                                /** @enum {string} */
                                size: "large" | "medium" | "small" | "micro";
                                share: string | number;
                            }[];
                            subcontracts?: {
                                name?: string;
                                /** @enum {string} */
                                size: "large" | "medium" | "small" | "micro";
                                share: string | number;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            lotId: string | null;
                            evaluatedOn: string;
                            reservedForSme: boolean;
                            bids: {
                                id: string;
                                supplier: string;
                                priceFen: number;
                                evaluatedPriceFen: number;
                                deductionFen: number;
                                deductionRate: string;
                                preference: string;
                                smeStatus: string;
                                qualifiesForReservedShare: boolean;
                                smallMicroShare: string | null;
                                reason: {
                                    zh: string;
                                    en: string;
                                };
                                citations: string[];
                                rank: number;
                            }[];
                            ranges: unknown;
                            parameters: unknown[];
                            warnings: {
                                zh: string;
                                en: string;
                            }[];
                            createdAt: string;
                            award: {
                                id: string;
                                winnerName: string;
                                announcedOn: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/projects/{id}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公告中标（成交）结果 Publish the award of an evaluation; when the winner used an SME preference its 声明函 (declarationId) is required and published with it; audited (its department's officers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evaluationId: string;
                        winnerBidId: string;
                        announcedOn?: string;
                        declarationId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            projectName: string;
                            purchaser: string;
                            departmentId: string;
                            announcedOn: string;
                            winnerName: string;
                            usedSmePreference: boolean;
                            smePreference: {
                                zh: string;
                                en: string;
                            };
                            winner: {
                                priceFen: number;
                                evaluatedPriceFen: number;
                                deductionRate: string;
                                reason: {
                                    zh: string;
                                    en: string;
                                };
                                citations: string[];
                                rank: number;
                            };
                            declaration: {
                                id: string | null;
                                text: string;
                            } | null;
                            notes: {
                                zh: string;
                                en: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/my/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 中小企业声明函预览 My SME declaration from registry data (previous year's figures), not stored: JSON, or format=html as a download; items comma-separated; a size differing from the registry is flagged (enterprise users) */
        get: {
            parameters: {
                query?: {
                    category?: "GOODS" | "WORKS" | "SERVICES";
                    project?: string;
                    projectName?: string;
                    purchaser?: string;
                    items?: string | string[];
                    industry?: string;
                    size?: "medium" | "small" | "micro";
                    date?: string;
                    format?: "json" | "html";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            uscc: string;
                            supplierName: string;
                            projectId: string | null;
                            /** @enum {string} */
                            category: "GOODS" | "WORKS" | "SERVICES";
                            purchaser: string;
                            projectName: string;
                            date: string;
                            title: string;
                            opening: string;
                            intro: string;
                            lines: {
                                index: number;
                                text: string;
                            }[];
                            closing: string;
                            notes: string[];
                            text: string;
                            warnings: {
                                zh: string;
                                en: string;
                            }[];
                            check: {
                                /** @enum {string} */
                                status: "CONSISTENT" | "MISMATCH" | "INCOMPLETE";
                                figuresYear: number;
                                declaredSize: string;
                                computedSize: string | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                citations: string[];
                            };
                            citations: string[];
                            createdAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/my/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的声明函 The SME declarations my enterprise issued, newest first (enterprise users) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string | null;
                                uscc: string;
                                supplierName: string;
                                projectId: string | null;
                                /** @enum {string} */
                                category: "GOODS" | "WORKS" | "SERVICES";
                                purchaser: string;
                                projectName: string;
                                date: string;
                                title: string;
                                opening: string;
                                intro: string;
                                lines: {
                                    index: number;
                                    text: string;
                                }[];
                                closing: string;
                                notes: string[];
                                text: string;
                                warnings: {
                                    zh: string;
                                    en: string;
                                }[];
                                check: {
                                    /** @enum {string} */
                                    status: "CONSISTENT" | "MISMATCH" | "INCOMPLETE";
                                    figuresYear: number;
                                    declaredSize: string;
                                    computedSize: string | null;
                                    reasons: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    citations: string[];
                                };
                                citations: string[];
                                createdAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 出具中小企业声明函 Issue and store my SME declaration (as the preview), with the registry check at issue; audited (enterprise users) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "GOODS" | "WORKS" | "SERVICES";
                        project?: string;
                        projectName?: string;
                        purchaser?: string;
                        items?: string | string[];
                        industry?: string;
                        /** @enum {string} */
                        size?: "medium" | "small" | "micro";
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            uscc: string;
                            supplierName: string;
                            projectId: string | null;
                            /** @enum {string} */
                            category: "GOODS" | "WORKS" | "SERVICES";
                            purchaser: string;
                            projectName: string;
                            date: string;
                            title: string;
                            opening: string;
                            intro: string;
                            lines: {
                                index: number;
                                text: string;
                            }[];
                            closing: string;
                            notes: string[];
                            text: string;
                            warnings: {
                                zh: string;
                                en: string;
                            }[];
                            check: {
                                /** @enum {string} */
                                status: "CONSISTENT" | "MISMATCH" | "INCOMPLETE";
                                figuresYear: number;
                                declaredSize: string;
                                computedSize: string | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                citations: string[];
                            };
                            citations: string[];
                            createdAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/declarations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 声明函 One issued SME declaration: JSON or format=html as a download (the enterprise, the purchaser's officers, the SME bureau, auditors) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "html";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            uscc: string;
                            supplierName: string;
                            projectId: string | null;
                            /** @enum {string} */
                            category: "GOODS" | "WORKS" | "SERVICES";
                            purchaser: string;
                            projectName: string;
                            date: string;
                            title: string;
                            opening: string;
                            intro: string;
                            lines: {
                                index: number;
                                text: string;
                            }[];
                            closing: string;
                            notes: string[];
                            text: string;
                            warnings: {
                                zh: string;
                                en: string;
                            }[];
                            check: {
                                /** @enum {string} */
                                status: "CONSISTENT" | "MISMATCH" | "INCOMPLETE";
                                figuresYear: number;
                                declaredSize: string;
                                computedSize: string | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                citations: string[];
                            };
                            citations: string[];
                            createdAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/projects/{id}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目声明函 The SME declarations suppliers issued for one project (to publish with the award): its department, the SME bureau, auditors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string | null;
                                uscc: string;
                                supplierName: string;
                                projectId: string | null;
                                /** @enum {string} */
                                category: "GOODS" | "WORKS" | "SERVICES";
                                purchaser: string;
                                projectName: string;
                                date: string;
                                title: string;
                                opening: string;
                                intro: string;
                                lines: {
                                    index: number;
                                    text: string;
                                }[];
                                closing: string;
                                notes: string[];
                                text: string;
                                warnings: {
                                    zh: string;
                                    en: string;
                                }[];
                                check: {
                                    /** @enum {string} */
                                    status: "CONSISTENT" | "MISMATCH" | "INCOMPLETE";
                                    figuresYear: number;
                                    declaredSize: string;
                                    computedSize: string | null;
                                    reasons: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    citations: string[];
                                };
                                citations: string[];
                                createdAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/declaration-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 声明函核查 Issued declarations whose declared size differs from the registry (status=MISMATCH, the default) or could not be checked (INCOMPLETE): the check made at issue, and the same check re-run on today's registry (currentCheck), either one matching; for the SME bureau and auditors */
        get: {
            parameters: {
                query?: {
                    status?: "MISMATCH" | "INCOMPLETE" | "CONSISTENT" | "ALL";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string | null;
                                uscc: string;
                                supplierName: string;
                                projectId: string | null;
                                /** @enum {string} */
                                category: "GOODS" | "WORKS" | "SERVICES";
                                purchaser: string;
                                projectName: string;
                                date: string;
                                title: string;
                                opening: string;
                                intro: string;
                                lines: {
                                    index: number;
                                    text: string;
                                }[];
                                closing: string;
                                notes: string[];
                                text: string;
                                warnings: {
                                    zh: string;
                                    en: string;
                                }[];
                                check: {
                                    /** @enum {string} */
                                    status: "CONSISTENT" | "MISMATCH" | "INCOMPLETE";
                                    figuresYear: number;
                                    declaredSize: string;
                                    computedSize: string | null;
                                    reasons: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    citations: string[];
                                };
                                citations: string[];
                                createdAt: string | null;
                                currentCheck: {
                                    /** @enum {string} */
                                    status: "CONSISTENT" | "MISMATCH" | "INCOMPLETE";
                                    figuresYear: number;
                                    declaredSize: string;
                                    computedSize: string | null;
                                    reasons: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    citations: string[];
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/public/execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预留份额执行情况 Each department's reserved share for a year: budgets, amounts reserved for SMEs and for small and micro firms, and whether the rules are met (public) */
        get: {
            parameters: {
                query?: {
                    year?: number | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            years: number[];
                            departments: {
                                department: {
                                    id: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    jurisdiction: string;
                                };
                                /** @enum {string} */
                                status: "MET" | "NOT_MET" | "NO_SUITABLE_PROJECTS";
                                projects: number;
                                totalBudgetFen: number;
                                suitableBudgetFen: number;
                                reservedFen: number;
                                smallMicroFen: number;
                                reservedShareOfSuitable: string | null;
                                smallMicroShareOfReserved: string | null;
                                requirementsMet: number;
                                requirementsInForce: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/public/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 采购项目公开 The registered projects of a year with their reservation (public; suppliers pick one for their 声明函) */
        get: {
            parameters: {
                query?: {
                    year?: number | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            items: {
                                id: string;
                                departmentId: string;
                                departmentName: {
                                    zh: string;
                                    en: string;
                                };
                                year: number;
                                code: string;
                                name: string;
                                /** @enum {string} */
                                category: "GOODS" | "WORKS" | "SERVICES";
                                budgetFen: number;
                                suitableForSme: boolean;
                                exemption: {
                                    article: string | null;
                                    reason: string;
                                } | null;
                                reservation: {
                                    /** @enum {string} */
                                    method: "NONE";
                                } | {
                                    /** @enum {string} */
                                    method: "WHOLE_PROJECT";
                                    /** @enum {string} */
                                    reservedFor: "SME" | "SMALL_MICRO";
                                } | {
                                    /** @enum {string} */
                                    method: "LOTS";
                                    lots: {
                                        id: string;
                                        name?: string;
                                        budgetFen: number;
                                        /** @enum {string} */
                                        reservedFor: "SME" | "SMALL_MICRO";
                                    }[];
                                } | {
                                    /** @enum {string} */
                                    method: "CONSORTIUM";
                                    smeShare: string | number;
                                    smallMicroShare: string | number;
                                } | {
                                    /** @enum {string} */
                                    method: "SUBCONTRACT";
                                    smeShare: string | number;
                                    smallMicroShare: string | number;
                                };
                                /** @enum {string} */
                                reservationMethod: "NONE" | "WHOLE_PROJECT" | "LOTS" | "CONSORTIUM" | "SUBCONTRACT";
                                reservationDescription: {
                                    zh: string;
                                    en: string;
                                };
                                reservedFen: number;
                                smallMicroFen: number;
                                version: number;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/public/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 中标（成交）结果公告 Award notices, newest first, each with the SME preference used and the winner's 声明函 when one was (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                projectId: string;
                                projectName: string;
                                purchaser: string;
                                departmentId: string;
                                announcedOn: string;
                                winnerName: string;
                                usedSmePreference: boolean;
                                smePreference: {
                                    zh: string;
                                    en: string;
                                };
                                winner: {
                                    priceFen: number;
                                    evaluatedPriceFen: number;
                                    deductionRate: string;
                                    reason: {
                                        zh: string;
                                        en: string;
                                    };
                                    citations: string[];
                                    rank: number;
                                };
                                declaration: {
                                    id: string | null;
                                    text: string;
                                } | null;
                                notes: {
                                    zh: string;
                                    en: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procurement/public/awards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 中标（成交）结果公告 One award notice; format=html gives the published 声明函 as a page (public) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "html";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            projectName: string;
                            purchaser: string;
                            departmentId: string;
                            announcedOn: string;
                            winnerName: string;
                            usedSmePreference: boolean;
                            smePreference: {
                                zh: string;
                                en: string;
                            };
                            winner: {
                                priceFen: number;
                                evaluatedPriceFen: number;
                                deductionRate: string;
                                reason: {
                                    zh: string;
                                    en: string;
                                };
                                citations: string[];
                                rank: number;
                            };
                            declaration: {
                                id: string | null;
                                text: string;
                            } | null;
                            notes: {
                                zh: string;
                                en: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策草稿列表 Authored policies (department officials: their own department; bureau, auditors: all) */
        get: {
            parameters: {
                query?: {
                    status?: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            policyKey: string;
                            version: number;
                            /** @enum {string} */
                            status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            departmentId: string;
                            jurisdiction: string;
                            effectiveFrom: string;
                            effectiveUntil: string | null;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                            topics: string[];
                            conditions: {
                                id: string;
                                labelZh: string;
                                labelEn: string;
                                when: string;
                                cite: string;
                            }[];
                            amount: {
                                labelZh: string;
                                labelEn: string;
                                formula: string;
                                cite: string;
                            } | null;
                            authorUserId: string;
                            publishedByUserId: string | null;
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 起草政策 Draft a policy (conditions and the amount checked by the rules engine) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        titleZh: string;
                        titleEn: string;
                        /** @default  */
                        summaryZh?: string;
                        /** @default  */
                        summaryEn?: string;
                        jurisdiction?: string;
                        effectiveFrom: string;
                        /** @default null */
                        effectiveUntil?: string | null;
                        /** @enum {string} */
                        channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                        /** @default [] */
                        topics?: string[];
                        conditions: {
                            id: string;
                            labelZh: string;
                            labelEn: string;
                            when: string;
                            cite: string;
                        }[];
                        /** @default null */
                        amount?: {
                            labelZh: string;
                            labelEn: string;
                            formula: string;
                            cite: string;
                        } | null;
                        policyKey?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            policyKey: string;
                            version: number;
                            /** @enum {string} */
                            status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            departmentId: string;
                            jurisdiction: string;
                            effectiveFrom: string;
                            effectiveUntil: string | null;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                            topics: string[];
                            conditions: {
                                id: string;
                                labelZh: string;
                                labelEn: string;
                                when: string;
                                cite: string;
                            }[];
                            amount: {
                                labelZh: string;
                                labelEn: string;
                                formula: string;
                                cite: string;
                            } | null;
                            authorUserId: string;
                            publishedByUserId: string | null;
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策草稿详情 A policy version with its action log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            draft: {
                                id: string;
                                policyKey: string;
                                version: number;
                                /** @enum {string} */
                                status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                                titleZh: string;
                                titleEn: string;
                                summaryZh: string;
                                summaryEn: string;
                                departmentId: string;
                                jurisdiction: string;
                                effectiveFrom: string;
                                effectiveUntil: string | null;
                                /** @enum {string} */
                                channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                                topics: string[];
                                conditions: {
                                    id: string;
                                    labelZh: string;
                                    labelEn: string;
                                    when: string;
                                    cite: string;
                                }[];
                                amount: {
                                    labelZh: string;
                                    labelEn: string;
                                    formula: string;
                                    cite: string;
                                } | null;
                                authorUserId: string;
                                publishedByUserId: string | null;
                                publishedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                            actions: {
                                id: number;
                                /** @enum {string} */
                                action: "DRAFTED" | "EDITED" | "SUBMITTED_FOR_REVIEW" | "RETURNED" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                                fromStatus: ("DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN") | null;
                                /** @enum {string} */
                                toStatus: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                                actorUserId: string;
                                note: string | null;
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** 修改政策草稿 Edit a draft (DRAFTED only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        titleZh: string;
                        titleEn: string;
                        /** @default  */
                        summaryZh?: string;
                        /** @default  */
                        summaryEn?: string;
                        jurisdiction?: string;
                        effectiveFrom: string;
                        /** @default null */
                        effectiveUntil?: string | null;
                        /** @enum {string} */
                        channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                        /** @default [] */
                        topics?: string[];
                        conditions: {
                            id: string;
                            labelZh: string;
                            labelEn: string;
                            when: string;
                            cite: string;
                        }[];
                        /** @default null */
                        amount?: {
                            labelZh: string;
                            labelEn: string;
                            formula: string;
                            cite: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            policyKey: string;
                            version: number;
                            /** @enum {string} */
                            status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            departmentId: string;
                            jurisdiction: string;
                            effectiveFrom: string;
                            effectiveUntil: string | null;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                            topics: string[];
                            conditions: {
                                id: string;
                                labelZh: string;
                                labelEn: string;
                                when: string;
                                cite: string;
                            }[];
                            amount: {
                                labelZh: string;
                                labelEn: string;
                                formula: string;
                                cite: string;
                            } | null;
                            authorUserId: string;
                            publishedByUserId: string | null;
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/drafts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交审核 Submit a draft for review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            policyKey: string;
                            version: number;
                            /** @enum {string} */
                            status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            departmentId: string;
                            jurisdiction: string;
                            effectiveFrom: string;
                            effectiveUntil: string | null;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                            topics: string[];
                            conditions: {
                                id: string;
                                labelZh: string;
                                labelEn: string;
                                when: string;
                                cite: string;
                            }[];
                            amount: {
                                labelZh: string;
                                labelEn: string;
                                formula: string;
                                cite: string;
                            } | null;
                            authorUserId: string;
                            publishedByUserId: string | null;
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/drafts/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改 Return a submitted draft to its author with a note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            policyKey: string;
                            version: number;
                            /** @enum {string} */
                            status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            departmentId: string;
                            jurisdiction: string;
                            effectiveFrom: string;
                            effectiveUntil: string | null;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                            topics: string[];
                            conditions: {
                                id: string;
                                labelZh: string;
                                labelEn: string;
                                when: string;
                                cite: string;
                            }[];
                            amount: {
                                labelZh: string;
                                labelEn: string;
                                formula: string;
                                cite: string;
                            } | null;
                            authorUserId: string;
                            publishedByUserId: string | null;
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/drafts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核发布 Publish a submitted policy (a second official, never its author) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            published: {
                                id: string;
                                policyKey: string;
                                version: number;
                                /** @enum {string} */
                                status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                                titleZh: string;
                                titleEn: string;
                                summaryZh: string;
                                summaryEn: string;
                                departmentId: string;
                                jurisdiction: string;
                                effectiveFrom: string;
                                effectiveUntil: string | null;
                                /** @enum {string} */
                                channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                                topics: string[];
                                conditions: {
                                    id: string;
                                    labelZh: string;
                                    labelEn: string;
                                    when: string;
                                    cite: string;
                                }[];
                                amount: {
                                    labelZh: string;
                                    labelEn: string;
                                    formula: string;
                                    cite: string;
                                } | null;
                                authorUserId: string;
                                publishedByUserId: string | null;
                                publishedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                            supersedes: {
                                id: string;
                                policyKey: string;
                                version: number;
                                /** @enum {string} */
                                status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                                titleZh: string;
                                titleEn: string;
                                summaryZh: string;
                                summaryEn: string;
                                departmentId: string;
                                jurisdiction: string;
                                effectiveFrom: string;
                                effectiveUntil: string | null;
                                /** @enum {string} */
                                channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                                topics: string[];
                                conditions: {
                                    id: string;
                                    labelZh: string;
                                    labelEn: string;
                                    when: string;
                                    cite: string;
                                }[];
                                amount: {
                                    labelZh: string;
                                    labelEn: string;
                                    formula: string;
                                    cite: string;
                                } | null;
                                authorUserId: string;
                                publishedByUserId: string | null;
                                publishedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/drafts/{id}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修订 Start a new dated version of a published policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            policyKey: string;
                            version: number;
                            /** @enum {string} */
                            status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            departmentId: string;
                            jurisdiction: string;
                            effectiveFrom: string;
                            effectiveUntil: string | null;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                            topics: string[];
                            conditions: {
                                id: string;
                                labelZh: string;
                                labelEn: string;
                                when: string;
                                cite: string;
                            }[];
                            amount: {
                                labelZh: string;
                                labelEn: string;
                                formula: string;
                                cite: string;
                            } | null;
                            authorUserId: string;
                            publishedByUserId: string | null;
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/drafts/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 Withdraw a draft or a published policy, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            policyKey: string;
                            version: number;
                            /** @enum {string} */
                            status: "DRAFTED" | "SUBMITTED_FOR_REVIEW" | "PUBLISHED" | "AMENDED" | "WITHDRAWN";
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            departmentId: string;
                            jurisdiction: string;
                            effectiveFrom: string;
                            effectiveUntil: string | null;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                            topics: string[];
                            conditions: {
                                id: string;
                                labelZh: string;
                                labelEn: string;
                                when: string;
                                cite: string;
                            }[];
                            amount: {
                                labelZh: string;
                                labelEn: string;
                                formula: string;
                                cite: string;
                            } | null;
                            authorUserId: string;
                            publishedByUserId: string | null;
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/drafts/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 覆盖面预览 Reach of a draft over the registry (by district, industry section, size class; cost in fen when it has an amount), and what-if with changed conditions or amount */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date?: string;
                        /** @default [] */
                        changes?: ({
                            conditionId: string;
                            when: string;
                        } | {
                            amount: string;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            base: {
                                total: number;
                                eligible: number;
                                unknown: number;
                                ineligible: number;
                                outside: number;
                                byDistrict: {
                                    key: string;
                                    nameZh: string;
                                    eligible: number;
                                    unknown: number;
                                    ineligible: number;
                                    outside: number;
                                }[];
                                bySection: {
                                    key: string;
                                    nameZh: string;
                                    eligible: number;
                                    unknown: number;
                                    ineligible: number;
                                    outside: number;
                                }[];
                                bySize: {
                                    key: string;
                                    nameZh: string;
                                    eligible: number;
                                    unknown: number;
                                    ineligible: number;
                                    outside: number;
                                }[];
                                cost: {
                                    eligibleFen: number;
                                    unknownAmount: number;
                                } | null;
                            };
                            variant: {
                                total: number;
                                eligible: number;
                                unknown: number;
                                ineligible: number;
                                outside: number;
                                byDistrict: {
                                    key: string;
                                    nameZh: string;
                                    eligible: number;
                                    unknown: number;
                                    ineligible: number;
                                    outside: number;
                                }[];
                                bySection: {
                                    key: string;
                                    nameZh: string;
                                    eligible: number;
                                    unknown: number;
                                    ineligible: number;
                                    outside: number;
                                }[];
                                bySize: {
                                    key: string;
                                    nameZh: string;
                                    eligible: number;
                                    unknown: number;
                                    ineligible: number;
                                    outside: number;
                                }[];
                                cost: {
                                    eligibleFen: number;
                                    unknownAmount: number;
                                } | null;
                            } | null;
                            diff: {
                                gained: number;
                                lost: number;
                                unknownDelta: number;
                                costDeltaFen: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 条件词汇 Facts, derived variables and parameters a condition or amount may use (from the rule base), with the parameter values in force for the jurisdiction (default: the official's) on the date (default: today) */
        get: {
            parameters: {
                query?: {
                    jurisdiction?: string;
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            facts: {
                                name: string;
                                /** @enum {string} */
                                type: "number" | "money" | "bool" | "date" | "enum" | "text" | "set";
                                unit: string | null;
                                labelZh: string;
                                labelEn: string;
                                values: string[] | null;
                            }[];
                            variables: {
                                name: string;
                                /** @enum {string} */
                                type: "number" | "money" | "bool" | "date" | "enum" | "text" | "set";
                                unit: string | null;
                                labelZh: string;
                                labelEn: string;
                                values: string[] | null;
                            }[];
                            parameters: {
                                path: string;
                                unit: string;
                                labelZh: string;
                                labelEn: string;
                                value: string | null;
                            }[];
                            comparisons: ("<" | "<=" | ">" | ">=" | "==" | "!=")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/check-condition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 校验条件 Check one condition (expect bool, the default) or amount formula (expect money: whole fen) against the rule base; a formula that does not check gives the 0-based character offset and the message */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        when: string;
                        /**
                         * @default bool
                         * @enum {string}
                         */
                        expect?: "bool" | "money";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        } | {
                            /** @enum {boolean} */
                            ok: false;
                            offset: number;
                            messageZh: string;
                            messageEn: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/published-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 惠企政策清单 Published policies (public) */
        get: {
            parameters: {
                query?: {
                    department?: string;
                    topic?: string;
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            policyKey: string;
                            version: number;
                            titleZh: string;
                            titleEn: string;
                            summaryZh: string;
                            summaryEn: string;
                            departmentId: string;
                            department: {
                                zh: string;
                                en: string;
                            };
                            jurisdiction: string;
                            effectiveFrom: string;
                            effectiveUntil: string | null;
                            /** @enum {string} */
                            channel: "ONLINE_APPLICATION" | "NO_APPLICATION" | "INFORMATION_ONLY";
                            topics: string[];
                            topicNames: {
                                code: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            conditions: {
                                id: string;
                                labelZh: string;
                                labelEn: string;
                                when: string;
                                cite: string;
                            }[];
                            amount: {
                                labelZh: string;
                                labelEn: string;
                                formula: string;
                                cite: string;
                            } | null;
                            publishedAt: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 消息中心 The enterprise's policy notices */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                            notices: {
                                id: number;
                                draftId: string | null;
                                policyKey: string | null;
                                version: number | null;
                                consultationId: string | null;
                                titleZh: string;
                                titleEn: string;
                                departmentId: string;
                                channel: string | null;
                                /** @enum {string} */
                                kind: "ELIGIBLE" | "UNKNOWN" | "CONSULTATION_OPENED";
                                missing: string[];
                                createdAt: string;
                                readAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publication/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 Mark a notice read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策匹配 Every policy of the enterprise's jurisdiction on a date: ELIGIBLE / INELIGIBLE / UNKNOWN / NOT_IN_FORCE with amount (fen), reasons with the gap, missing facts, cited articles, the size class; explain=1 adds the explanation tree. Readable by whoever may read the enterprise. */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    explain?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            name: string;
                            date: string;
                            jurisdiction: {
                                district: string;
                                rules: string;
                                note: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            basis: {
                                profileVersion: number;
                                profileValidFrom: string;
                                fiscalYear: number;
                                figuresYears: number[];
                                sources: {
                                    fact: string;
                                    /** @enum {string} */
                                    from: "PROFILE" | "FIGURES" | "DECLARED" | "DEPARTMENT";
                                    field: string;
                                    year?: number;
                                    kind?: string;
                                    period?: string;
                                    version: number;
                                    origin?: {
                                        /** @enum {string} */
                                        by: "DEPARTMENT" | "ENTERPRISE" | "OFFICER" | "PLATFORM" | "SHARED";
                                        department: {
                                            zh: string;
                                            en: string;
                                        } | null;
                                        receivedAt: string | null;
                                        label: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | null;
                                }[];
                                ignoredTags: string[];
                                note: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            sizeClass: {
                                /** @enum {string} */
                                status: "CLASSIFIED" | "NOT_CLASSIFIED" | "UNKNOWN" | "ERROR";
                                size: ("large" | "medium" | "small" | "micro") | null;
                                label: {
                                    zh: string;
                                    en: string;
                                } | null;
                                sector: string | null;
                                byReference: boolean;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                missing: {
                                    name: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                citations: {
                                    address: string;
                                    text: string | null;
                                    name: string | null;
                                }[];
                                standard: {
                                    from: string;
                                    reference: string;
                                } | null;
                            };
                            summary: {
                                eligible: number;
                                ineligible: number;
                                unknown: number;
                                notInForce: number;
                                totalAmountFen: number;
                            };
                            policies: {
                                policyId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                department: {
                                    zh: string;
                                    en: string;
                                };
                                jurisdiction: string;
                                channel: string;
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                amountFen: number | null;
                                benefitKind: ("CASH" | "FEE_REDUCTION" | "TAX_REDUCTION" | "TAX_DEDUCTION" | "PRICE_PREFERENCE") | null;
                                reasons: {
                                    zh: string;
                                    en: string;
                                }[];
                                missing: {
                                    name: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    /** @enum {string} */
                                    group: "profile" | "yearly" | "declared" | "parameter";
                                    where: {
                                        /** @enum {string} */
                                        kind: "PROFILE" | "FIGURES" | "DECLARED";
                                        year: number | null;
                                        hint: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | null;
                                }[];
                                firstFailingClause: string | null;
                                citations: {
                                    address: string;
                                    text: string | null;
                                    name: string | null;
                                }[];
                                version: {
                                    from: string;
                                    until: string | null;
                                    unverified: boolean;
                                    note: string | null;
                                } | null;
                                outputs: {
                                    [key: string]: unknown;
                                };
                                explanation?: unknown;
                                dataSources?: {
                                    fact: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    origin: {
                                        /** @enum {string} */
                                        by: "DEPARTMENT" | "ENTERPRISE" | "OFFICER" | "PLATFORM" | "SHARED";
                                        department: {
                                            zh: string;
                                            en: string;
                                        } | null;
                                        receivedAt: string | null;
                                        label: {
                                            zh: string;
                                            en: string;
                                        };
                                    };
                                }[];
                            }[];
                            lawNote: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/declared-facts/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业自报数据 The facts an enterprise declared for one fiscal year (used for decisions in the following year), with the declarable fields; readable like the enterprise */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            fiscalYear: number;
                            version: number | null;
                            validFrom: string | null;
                            facts: {
                                [key: string]: unknown;
                            };
                            fields: {
                                name: string;
                                type: string;
                                unit: string | null;
                                values: string[] | null;
                                group: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        /** 填报自报数据 Replace the declared facts of one fiscal year (the enterprise itself; money in integer fen; null or absent = not declared). A new version only when something changed; audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        facts: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            fiscalYear: number;
                            version: number | null;
                            validFrom: string | null;
                            facts: {
                                [key: string]: unknown;
                            };
                            fields: {
                                name: string;
                                type: string;
                                unit: string | null;
                                values: string[] | null;
                                group: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            canEdit: boolean;
                            changedFields: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 惠企政策清单 Every encoded policy: title, department, jurisdiction, channel, in-force window, whether a version is unverified (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                jurisdiction: string;
                                jurisdictionName: {
                                    zh: string;
                                    en: string;
                                };
                                department: {
                                    zh: string;
                                    en: string;
                                };
                                channel: string;
                                ruleSet: string;
                                inForce: {
                                    from: string;
                                    until: string | null;
                                };
                                versions: number;
                                hasUnverified: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策详情 One policy: every dated version with its conditions (formula and cited article text), amount formula and outputs (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            jurisdiction: string;
                            jurisdictionName: {
                                zh: string;
                                en: string;
                            };
                            department: {
                                zh: string;
                                en: string;
                            };
                            channel: string;
                            ruleSet: string;
                            implements: {
                                address: string;
                                text: string | null;
                                name: string | null;
                            }[];
                            versions: {
                                from: string;
                                until: string | null;
                                unverified: boolean;
                                note: string | null;
                                conditions: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    when: string;
                                    cite: {
                                        address: string;
                                        text: string | null;
                                        name: string | null;
                                    };
                                }[];
                                amount: {
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    formula: string;
                                    cite: {
                                        address: string;
                                        text: string | null;
                                        name: string | null;
                                    };
                                } | null;
                                outputs: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    formula: string;
                                    cite: {
                                        address: string;
                                        text: string | null;
                                        name: string | null;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 参数列表 Every parameter (dotted path, zh/en description, unit, jurisdictions with values, unverified/draft flags) (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                path: string;
                                description: string;
                                descriptionEn: string;
                                unit: string;
                                jurisdictions: string[];
                                values: number;
                                hasUnverified: boolean;
                                hasDraft: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/parameters/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 参数历史 One parameter's value history per jurisdiction: effective date, value (in the file's unit), source article with its text, publication date, unverified and draft flags (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    path: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            path: string;
                            description: string;
                            descriptionEn: string;
                            unit: string;
                            file: string;
                            byJurisdiction: {
                                jurisdiction: string;
                                jurisdictionName: {
                                    zh: string;
                                    en: string;
                                };
                                values: {
                                    from: string;
                                    until: string | null;
                                    value: string | null;
                                    reference: {
                                        address: string;
                                        text: string | null;
                                        name: string | null;
                                    };
                                    published: string;
                                    unverified: boolean;
                                    draft: boolean;
                                    note: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 企业划型 Size class (大型/中型/小型/微型) under the size standard in force on `date` (default today), from an industry code and employees / revenue / total assets in yuan, with the reasons and the cited standard (public tool) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        industryCode: string;
                        employees?: number;
                        revenueYuan?: number | string;
                        totalAssetsYuan?: number | string;
                        isIndividualBusiness?: boolean;
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "CLASSIFIED" | "NOT_CLASSIFIED" | "UNKNOWN" | "ERROR";
                            size: ("large" | "medium" | "small" | "micro") | null;
                            label: {
                                zh: string;
                                en: string;
                            } | null;
                            sector: string | null;
                            byReference: boolean;
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                            missing: {
                                name: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            citations: {
                                address: string;
                                text: string | null;
                                name: string | null;
                            }[];
                            standard: {
                                from: string;
                                reference: string;
                            } | null;
                            date: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 订阅设置 Push preferences of an enterprise (defaults when never saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subscription: {
                                uscc: string;
                                topics: string[];
                                channels: {
                                    /** @enum {string} */
                                    channel: "WEBHOOK" | "EMAIL" | "SMS";
                                    address: string;
                                }[];
                                quietHours: {
                                    from: string;
                                    until: string;
                                } | null;
                                updatedAt: string | null;
                            };
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        /** 保存订阅设置 Replace the push preferences (the enterprise itself) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        topics?: string[];
                        /** @default [] */
                        channels?: {
                            /** @enum {string} */
                            channel: "WEBHOOK" | "EMAIL" | "SMS";
                            address: string;
                        }[];
                        /** @default null */
                        quietHours?: {
                            from: string;
                            until: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subscription: {
                                uscc: string;
                                topics: string[];
                                channels: {
                                    /** @enum {string} */
                                    channel: "WEBHOOK" | "EMAIL" | "SMS";
                                    address: string;
                                }[];
                                quietHours: {
                                    from: string;
                                    until: string;
                                } | null;
                                updatedAt: string | null;
                            };
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推送记录 The enterprise's most recent deliveries (channel, status, attempts, last error) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                noticeId: number;
                                policyKey: string | null;
                                version: number | null;
                                titleZh: string;
                                titleEn: string;
                                /** @enum {string} */
                                channel: "WEBHOOK" | "EMAIL" | "SMS";
                                address: string;
                                /** @enum {string} */
                                status: "PENDING" | "SENT" | "FAILED" | "SUPPRESSED";
                                reason: ("TOPIC_NOT_SUBSCRIBED" | "CHANNEL_NOT_CONFIGURED") | null;
                                attempts: number;
                                nextAttemptAt: string | null;
                                lastError: string | null;
                                receipt: string | null;
                                messageText: string | null;
                                sentAt: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证是否可用 Whether sign-in through the city's identity service is configured (public; the sign-in page asks) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证登录 Start a sign-in: redirects to the identity service (or to the failure page) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 重定向 Redirect (Location header) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证回调 Where the identity service sends the browser back: signs in (redirect to /) or explains the failure */
        get: {
            parameters: {
                query?: {
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 重定向 Redirect (Location header) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 注册申请 Registrations of enterprises in the caller's jurisdiction (SME bureau; auditors read), oldest first */
        get: {
            parameters: {
                query?: {
                    status?: "PENDING" | "CONFIRMED" | "REJECTED";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                uscc: string;
                                enterpriseName: string;
                                district: {
                                    id: string;
                                    zh: string;
                                    en: string;
                                };
                                username: string;
                                displayName: string;
                                legalRepresentativeName: string;
                                registryHasLegalRepresentative: boolean;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "REJECTED";
                                confirmedBy: ("LEGAL_REPRESENTATIVE_MATCH" | "BUREAU") | null;
                                decisionNote: string | null;
                                createdAt: string;
                                decidedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 企业注册 Register an enterprise account (public): confirmed at once when the legal representative matches the registry, otherwise queued for the SME bureau */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        uscc: string;
                        legalRepresentativeName: string;
                        displayName: string;
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "CONFIRMED" | "PENDING";
                            enterpriseName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/registrations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认注册 Confirm a pending registration (SME bureau of the enterprise's jurisdiction): the account is created */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            uscc: string;
                            enterpriseName: string;
                            district: {
                                id: string;
                                zh: string;
                                en: string;
                            };
                            username: string;
                            displayName: string;
                            legalRepresentativeName: string;
                            registryHasLegalRepresentative: boolean;
                            /** @enum {string} */
                            status: "PENDING" | "CONFIRMED" | "REJECTED";
                            confirmedBy: ("LEGAL_REPRESENTATIVE_MATCH" | "BUREAU") | null;
                            decisionNote: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回注册 Reject a pending registration with a reason the applicant is told (SME bureau of the enterprise's jurisdiction) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            uscc: string;
                            enterpriseName: string;
                            district: {
                                id: string;
                                zh: string;
                                en: string;
                            };
                            username: string;
                            displayName: string;
                            legalRepresentativeName: string;
                            registryHasLegalRepresentative: boolean;
                            /** @enum {string} */
                            status: "PENDING" | "CONFIRMED" | "REJECTED";
                            confirmedBy: ("LEGAL_REPRESENTATIVE_MATCH" | "BUREAU") | null;
                            decisionNote: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本企业账号 The enterprise's active accounts (its own users), and whether the caller administers them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                userId: string;
                                username: string;
                                displayName: string;
                                isAdministrator: boolean;
                                /** @enum {string} */
                                signIn: "OIDC" | "PASSWORD";
                                createdAt: string;
                            }[];
                            canManage: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 添加员工账号 Add a staff account (username and initial password) — the enterprise's administrator only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            userId: string;
                            username: string;
                            displayName: string;
                            isAdministrator: boolean;
                            /** @enum {string} */
                            signIn: "OIDC" | "PASSWORD";
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/staff/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除员工账号 Remove a staff account (disabled, sessions ended, tokens revoked) — the enterprise's administrator only */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 无内容 No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/public/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查事项清单 Published inspection items of every department (or one), with legal basis, method and annual cap (public) */
        get: {
            parameters: {
                query?: {
                    department?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                departmentId: string;
                                departmentName: string;
                                name: string;
                                legalBasis: {
                                    address: string;
                                    citation: string;
                                    title: string;
                                }[];
                                /** @enum {string} */
                                method: "ON_SITE" | "IN_WRITING" | "REMOTE";
                                methodLabel: string;
                                annualCapPerEnterprise: number;
                                publishedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本部门检查事项 A department's items including unpublished ones (its officers; the SME bureau, auditors). department defaults to my own */
        get: {
            parameters: {
                query?: {
                    department?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            items: {
                                id: string;
                                departmentId: string;
                                departmentName: string;
                                name: string;
                                legalBasis: {
                                    address: string;
                                    citation: string;
                                    title: string;
                                }[];
                                /** @enum {string} */
                                method: "ON_SITE" | "IN_WRITING" | "REMOTE";
                                methodLabel: string;
                                annualCapPerEnterprise: number;
                                publishedAt: string | null;
                            }[];
                            canManage: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记检查事项 Register an item of my department (legal basis as law addresses, each checked against the law library); unpublished until published; audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        legalBasis: string[];
                        /** @enum {string} */
                        method: "ON_SITE" | "IN_WRITING" | "REMOTE";
                        annualCapPerEnterprise: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            departmentId: string;
                            departmentName: string;
                            name: string;
                            legalBasis: {
                                address: string;
                                citation: string;
                                title: string;
                            }[];
                            /** @enum {string} */
                            method: "ON_SITE" | "IN_WRITING" | "REMOTE";
                            methodLabel: string;
                            annualCapPerEnterprise: number;
                            publishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/items/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公布检查事项 Publish an item of my department (only published items may be inspected); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            departmentId: string;
                            departmentName: string;
                            name: string;
                            legalBasis: {
                                address: string;
                                citation: string;
                                title: string;
                            }[];
                            /** @enum {string} */
                            method: "ON_SITE" | "IN_WRITING" | "REMOTE";
                            methodLabel: string;
                            annualCapPerEnterprise: number;
                            publishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/inspectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法检查人员名录 A department's inspectors with their declared conflicts (its officers; the SME bureau, auditors). department defaults to my own */
        get: {
            parameters: {
                query?: {
                    department?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            items: {
                                id: string;
                                departmentId: string;
                                name: string;
                                certificateNo: string;
                                conflicts: string[];
                                isActive: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/inspectors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记执法检查人员 Add or change an inspector of my department (certificate, declared conflicts of interest by USCC, active); audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        certificateNo: string;
                        /** @default [] */
                        conflicts?: string[];
                        /** @default true */
                        isActive?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            departmentId: string;
                            name: string;
                            certificateNo: string;
                            conflicts: string[];
                            isActive: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/risk-grades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 企业信用风险分类 Load enterprises' credit-risk grades A–D and credit classes as of a date (the strata of draws; SME bureau, admins); audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        gradedOn: string;
                        grades: {
                            uscc: string;
                            /** @enum {string} */
                            riskGrade: "A" | "B" | "C" | "D";
                            /** @default null */
                            creditClass?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抽查计划 My department's plans of a year (its officers; the SME bureau, auditors read any department) */
        get: {
            parameters: {
                query?: {
                    department?: string;
                    year?: number | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            items: {
                                planId: string;
                                departmentId: string;
                                departmentName: string;
                                /** @enum {string} */
                                kind: "ANNUAL" | "AD_HOC";
                                year: number;
                                title: string;
                                items: {
                                    id: string;
                                    name: string;
                                }[];
                                filters: {
                                    industryCodes: string[];
                                    districts: string[];
                                    riskGrades: string[];
                                    creditClasses: string[];
                                };
                                ratios: {
                                    [key: string]: string;
                                };
                                ratioSources: {
                                    [key: string]: string;
                                };
                                inspectorsPerTarget: number;
                                window: {
                                    from: string;
                                    to: string;
                                };
                                /** @enum {string} */
                                status: "DRAFT" | "SEED_COMMITTED" | "DRAWN" | "CLOSED" | "CANCELLED";
                                seedDigest: string | null;
                                candidateCount: number | null;
                                candidateListDigest: string | null;
                                seed: string | null;
                                targetCount: number | null;
                                createdAt: string;
                                committedAt: string | null;
                                drawnAt: string | null;
                                closedAt: string | null;
                                version: number;
                            }[];
                            canManage: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 制定抽查计划 Create a plan of my department: published items only, candidate filters (industry, district, risk grade, credit class), ratios per risk grade (missing ones from the dated parameters); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "ANNUAL" | "AD_HOC";
                        year: number | string;
                        title: string;
                        itemIds: string[];
                        /**
                         * @default {
                         *       "industryCodes": [],
                         *       "districts": [],
                         *       "riskGrades": [],
                         *       "creditClasses": []
                         *     }
                         */
                        filters?: {
                            /** @default [] */
                            industryCodes?: string[];
                            /** @default [] */
                            districts?: string[];
                            /** @default [] */
                            riskGrades?: ("A" | "B" | "C" | "D" | "UNGRADED")[];
                            /** @default [] */
                            creditClasses?: string[];
                        };
                        /** @default {} */
                        ratios?: {
                            [key: string]: string | number;
                        };
                        /** @default 2 */
                        inspectorsPerTarget?: number;
                        window?: {
                            from: string;
                            to: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planId: string;
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            kind: "ANNUAL" | "AD_HOC";
                            year: number;
                            title: string;
                            items: {
                                id: string;
                                name: string;
                            }[];
                            filters: {
                                industryCodes: string[];
                                districts: string[];
                                riskGrades: string[];
                                creditClasses: string[];
                            };
                            ratios: {
                                [key: string]: string;
                            };
                            ratioSources: {
                                [key: string]: string;
                            };
                            inspectorsPerTarget: number;
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            status: "DRAFT" | "SEED_COMMITTED" | "DRAWN" | "CLOSED" | "CANCELLED";
                            seedDigest: string | null;
                            candidateCount: number | null;
                            candidateListDigest: string | null;
                            seed: string | null;
                            targetCount: number | null;
                            createdAt: string;
                            committedAt: string | null;
                            drawnAt: string | null;
                            closedAt: string | null;
                            version: number;
                            candidatesByStratum: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/sampling-ratios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抽查比例参数 The sampling ratio per risk grade in force for a department's jurisdiction on a date, with its source and whether it is verified (public) */
        get: {
            parameters: {
                query?: {
                    jurisdiction?: string;
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                stratum: string;
                                parameter: string;
                                value: string;
                                reference: string;
                                from: string;
                                unverified: boolean;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抽查计划详情 One plan with candidate counts per stratum (before the commitment) and its targets (after the draw) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planId: string;
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            kind: "ANNUAL" | "AD_HOC";
                            year: number;
                            title: string;
                            items: {
                                id: string;
                                name: string;
                            }[];
                            filters: {
                                industryCodes: string[];
                                districts: string[];
                                riskGrades: string[];
                                creditClasses: string[];
                            };
                            ratios: {
                                [key: string]: string;
                            };
                            ratioSources: {
                                [key: string]: string;
                            };
                            inspectorsPerTarget: number;
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            status: "DRAFT" | "SEED_COMMITTED" | "DRAWN" | "CLOSED" | "CANCELLED";
                            seedDigest: string | null;
                            candidateCount: number | null;
                            candidateListDigest: string | null;
                            seed: string | null;
                            targetCount: number | null;
                            createdAt: string;
                            committedAt: string | null;
                            drawnAt: string | null;
                            closedAt: string | null;
                            version: number;
                            candidatesByStratum: {
                                [key: string]: number;
                            };
                            targets: {
                                uscc: string;
                                enterpriseName: string | null;
                                stratum: string;
                                rank: number;
                                digest: string;
                                inspectors: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                    name?: string;
                                }[];
                            }[];
                            canManage: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/plans/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公布种子摘要 Freeze the candidate list from the registry and publish the SHA-256 digests of the secret seed and of the list (before the draw); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planId: string;
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            kind: "ANNUAL" | "AD_HOC";
                            year: number;
                            title: string;
                            items: {
                                id: string;
                                name: string;
                            }[];
                            filters: {
                                industryCodes: string[];
                                districts: string[];
                                riskGrades: string[];
                                creditClasses: string[];
                            };
                            ratios: {
                                [key: string]: string;
                            };
                            ratioSources: {
                                [key: string]: string;
                            };
                            inspectorsPerTarget: number;
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            status: "DRAFT" | "SEED_COMMITTED" | "DRAWN" | "CLOSED" | "CANCELLED";
                            seedDigest: string | null;
                            candidateCount: number | null;
                            candidateListDigest: string | null;
                            seed: string | null;
                            targetCount: number | null;
                            createdAt: string;
                            committedAt: string | null;
                            drawnAt: string | null;
                            closedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/plans/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 双随机抽取 Draw the targets (SHA-256 of SEED:USCC per stratum) and their inspectors (SHA-256 of SEED:USCC:inspector, recusals applied, at least two), and publish the seed; audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planId: string;
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            kind: "ANNUAL" | "AD_HOC";
                            year: number;
                            title: string;
                            items: {
                                id: string;
                                name: string;
                            }[];
                            filters: {
                                industryCodes: string[];
                                districts: string[];
                                riskGrades: string[];
                                creditClasses: string[];
                            };
                            ratios: {
                                [key: string]: string;
                            };
                            ratioSources: {
                                [key: string]: string;
                            };
                            inspectorsPerTarget: number;
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            status: "DRAFT" | "SEED_COMMITTED" | "DRAWN" | "CLOSED" | "CANCELLED";
                            seedDigest: string | null;
                            candidateCount: number | null;
                            candidateListDigest: string | null;
                            seed: string | null;
                            targetCount: number | null;
                            createdAt: string;
                            committedAt: string | null;
                            drawnAt: string | null;
                            closedAt: string | null;
                            version: number;
                            targets: {
                                uscc: string;
                                enterpriseName: string | null;
                                stratum: string;
                                rank: number;
                                digest: string;
                                inspectors: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                    name?: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/plans/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销抽查计划 Cancel a plan before its draw, with a reason (a committed digest stays on record); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planId: string;
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            kind: "ANNUAL" | "AD_HOC";
                            year: number;
                            title: string;
                            items: {
                                id: string;
                                name: string;
                            }[];
                            filters: {
                                industryCodes: string[];
                                districts: string[];
                                riskGrades: string[];
                                creditClasses: string[];
                            };
                            ratios: {
                                [key: string]: string;
                            };
                            ratioSources: {
                                [key: string]: string;
                            };
                            inspectorsPerTarget: number;
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            status: "DRAFT" | "SEED_COMMITTED" | "DRAWN" | "CLOSED" | "CANCELLED";
                            seedDigest: string | null;
                            candidateCount: number | null;
                            candidateListDigest: string | null;
                            seed: string | null;
                            targetCount: number | null;
                            createdAt: string;
                            committedAt: string | null;
                            drawnAt: string | null;
                            closedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/public/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抽查计划公示 Committed plans (seed digest published before the draw; the seed after it), newest first (public) */
        get: {
            parameters: {
                query?: {
                    year?: number | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                planId: string;
                                departmentId: string;
                                departmentName: string;
                                /** @enum {string} */
                                kind: "ANNUAL" | "AD_HOC";
                                year: number;
                                title: string;
                                items: {
                                    id: string;
                                    name: string;
                                }[];
                                filters: {
                                    industryCodes: string[];
                                    districts: string[];
                                    riskGrades: string[];
                                    creditClasses: string[];
                                };
                                ratios: {
                                    [key: string]: string;
                                };
                                ratioSources: {
                                    [key: string]: string;
                                };
                                inspectorsPerTarget: number;
                                window: {
                                    from: string;
                                    to: string;
                                };
                                /** @enum {string} */
                                status: "DRAFT" | "SEED_COMMITTED" | "DRAWN" | "CLOSED" | "CANCELLED";
                                seedDigest: string | null;
                                candidateCount: number | null;
                                candidateListDigest: string | null;
                                seed: string | null;
                                targetCount: number | null;
                                createdAt: string;
                                committedAt: string | null;
                                drawnAt: string | null;
                                closedAt: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/public/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抽查结果公示 One committed plan; after the draw its seed and the drawn targets with ranks, digests and inspectors (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planId: string;
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            kind: "ANNUAL" | "AD_HOC";
                            year: number;
                            title: string;
                            items: {
                                id: string;
                                name: string;
                            }[];
                            filters: {
                                industryCodes: string[];
                                districts: string[];
                                riskGrades: string[];
                                creditClasses: string[];
                            };
                            ratios: {
                                [key: string]: string;
                            };
                            ratioSources: {
                                [key: string]: string;
                            };
                            inspectorsPerTarget: number;
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            status: "DRAFT" | "SEED_COMMITTED" | "DRAWN" | "CLOSED" | "CANCELLED";
                            seedDigest: string | null;
                            candidateCount: number | null;
                            candidateListDigest: string | null;
                            seed: string | null;
                            targetCount: number | null;
                            createdAt: string;
                            committedAt: string | null;
                            drawnAt: string | null;
                            closedAt: string | null;
                            version: number;
                            targets: {
                                uscc: string;
                                enterpriseName: string | null;
                                stratum: string;
                                rank: number;
                                digest: string;
                                inspectors: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                    name?: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/public/plans/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 候选名单 The frozen candidate list of a drawn plan as JSON Lines {"uscc","stratum"} — with the seed, anyone recomputes the draw (`huiqi inspections draw`) (public, after the draw) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 候选名单 One JSON object {"uscc","stratum"} per line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 验证抽取 Recompute a draw from a seed, ratios and candidates with the published algorithm (the same as `huiqi inspections draw`; public) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        seed: string;
                        ratio?: string | number;
                        ratios?: {
                            [key: string]: string | number;
                        };
                        candidates: {
                            uscc: string;
                            stratum?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            strata: {
                                stratum: string;
                                candidates: number;
                                ratio: string;
                                drawn: number;
                            }[];
                            selected: {
                                uscc: string;
                                stratum: string;
                                rank: number;
                                digest: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/my/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业监督码 My enterprise's supervision code as text and as a QR image (SVG), generated from the registry — no application needed (enterprise users) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            enterpriseName: string;
                            code: string;
                            svg: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/codes/scan-enterprise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 扫码入企 An inspector scans an enterprise's code: the enterprise and my department's drawn inspections of it, with items, legal basis and inspectors (department officers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            enterpriseName: string;
                            tasks: {
                                planId: string;
                                title: string;
                                items: {
                                    name: string;
                                    legalBasis: {
                                        address: string;
                                        citation: string;
                                        title: string;
                                    }[];
                                }[];
                                inspectors: string[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查任务 A department's registered visits with their task codes, newest first (its officers, the SME bureau, auditors, admins) */
        get: {
            parameters: {
                query: {
                    department: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                visitId: string;
                                departmentId: string;
                                uscc: string;
                                enterpriseName: string | null;
                                planId: string | null;
                                itemIds: string[];
                                inspectors: {
                                    id: string;
                                    name: string;
                                }[];
                                isEmergency: boolean;
                                emergencyReason: string | null;
                                registeredAt: string;
                                closedAt: string | null;
                                taskCode: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 扫码入企 Register a visit by scanning the enterprise's code: to a drawn target of a plan with (at least two of) its drawn inspectors, or an emergency inspection (published items, a reason, active inspectors without a conflict) — before it is carried out (department officers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enterpriseCode: string;
                        planId: string;
                        inspectorIds: string[];
                    } | {
                        enterpriseCode: string;
                        inspectorIds: string[];
                        emergency: {
                            itemIds: string[];
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            visitId: string;
                            departmentId: string;
                            uscc: string;
                            enterpriseName: string | null;
                            planId: string | null;
                            itemIds: string[];
                            inspectors: {
                                id: string;
                                name: string;
                            }[];
                            isEmergency: boolean;
                            emergencyReason: string | null;
                            registeredAt: string;
                            closedAt: string | null;
                            taskCode: string;
                            svg: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One registered visit with its task code as a QR image (SVG) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            visitId: string;
                            departmentId: string;
                            uscc: string;
                            enterpriseName: string | null;
                            planId: string | null;
                            itemIds: string[];
                            inspectors: {
                                id: string;
                                name: string;
                            }[];
                            isEmergency: boolean;
                            emergencyReason: string | null;
                            registeredAt: string;
                            closedAt: string | null;
                            taskCode: string;
                            svg: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/visits/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束检查 Close a visit: its task code then says so (the department's officers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            visitId: string;
                            departmentId: string;
                            uscc: string;
                            enterpriseName: string | null;
                            planId: string | null;
                            itemIds: string[];
                            inspectors: {
                                id: string;
                                name: string;
                            }[];
                            isEmergency: boolean;
                            emergencyReason: string | null;
                            registeredAt: string;
                            closedAt: string | null;
                            taskCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/task-code/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验检查任务码 The enterprise checks a scanned task code: registered or closed, the department, inspectors, items and their legal basis; a code issued for another enterprise is refused (enterprise users) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "REGISTERED" | "CLOSED";
                            statusLabel: string;
                            departmentName: string;
                            planTitle: string | null;
                            isEmergency: boolean;
                            emergencyReason: string | null;
                            registeredAt: string;
                            closedAt: string | null;
                            inspectors: {
                                name: string;
                                certificateNo: string;
                            }[];
                            items: {
                                name: string;
                                methodLabel: string;
                                legalBasis: {
                                    citation: string;
                                    lawTitle: string;
                                }[];
                            }[];
                            isRated: boolean;
                            complaintTrackingNumber: string | null;
                            result: {
                                /** @enum {string} */
                                outcome: "NO_PROBLEM" | "PROBLEM_FOUND" | "ORDERED_TO_RECTIFY" | "CASE_OPENED";
                                summary: string;
                                inspectedOn: string;
                                publishedAt: string | null;
                                penaltyStatus: ("NO_PENALTY" | "MAY_WAIVE" | "PENALTY_NOT_EXCLUDED" | "UNKNOWN") | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/task-code/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 匿名评价 Rate the visit anonymously, once (1–5); the department sees only aggregated ratings (enterprise users) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        score: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "REGISTERED" | "CLOSED";
                            statusLabel: string;
                            departmentName: string;
                            planTitle: string | null;
                            isEmergency: boolean;
                            emergencyReason: string | null;
                            registeredAt: string;
                            closedAt: string | null;
                            inspectors: {
                                name: string;
                                certificateNo: string;
                            }[];
                            items: {
                                name: string;
                                methodLabel: string;
                                legalBasis: {
                                    citation: string;
                                    lawTitle: string;
                                }[];
                            }[];
                            isRated: boolean;
                            complaintTrackingNumber: string | null;
                            result: {
                                /** @enum {string} */
                                outcome: "NO_PROBLEM" | "PROBLEM_FOUND" | "ORDERED_TO_RECTIFY" | "CASE_OPENED";
                                summary: string;
                                inspectedOn: string;
                                publishedAt: string | null;
                                penaltyStatus: ("NO_PENALTY" | "MAY_WAIVE" | "PENALTY_NOT_EXCLUDED" | "UNKNOWN") | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/task-code/complain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一键投诉 Complain about the visit in one step: it becomes an appeal of type 涉企检查投诉 in the appeals loop; once per visit (enterprise users) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        description: string;
                        /** @default false */
                        isAnonymous?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingNumber: string;
                            task: {
                                /** @enum {string} */
                                status: "REGISTERED" | "CLOSED";
                                statusLabel: string;
                                departmentName: string;
                                planTitle: string | null;
                                isEmergency: boolean;
                                emergencyReason: string | null;
                                registeredAt: string;
                                closedAt: string | null;
                                inspectors: {
                                    name: string;
                                    certificateNo: string;
                                }[];
                                items: {
                                    name: string;
                                    methodLabel: string;
                                    legalBasis: {
                                        citation: string;
                                        lawTitle: string;
                                    }[];
                                }[];
                                isRated: boolean;
                                complaintTrackingNumber: string | null;
                                result: {
                                    /** @enum {string} */
                                    outcome: "NO_PROBLEM" | "PROBLEM_FOUND" | "ORDERED_TO_RECTIFY" | "CASE_OPENED";
                                    summary: string;
                                    inspectedOn: string;
                                    publishedAt: string | null;
                                    penaltyStatus: ("NO_PENALTY" | "MAY_WAIVE" | "PENALTY_NOT_EXCLUDED" | "UNKNOWN") | null;
                                } | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价汇总 A department's anonymous ratings, aggregated only (count; the average from 3 ratings on) — never per enterprise or visit */
        get: {
            parameters: {
                query: {
                    department: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: string;
                            count: number;
                            average: number | null;
                            minimumShown: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/visits/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入检查结果 Record the result of a visit (no problem / problem found / ordered to rectify / case opened), once; a finding on the department's list of minor violations gets the 轻微免罚/首违不罚 answer (行政处罚法 第三十三条第一款) with its explanation, "first" from the enterprise's history; the last day for publication is counted in working days on the official calendar (the department's officers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "NO_PROBLEM" | "PROBLEM_FOUND" | "ORDERED_TO_RECTIFY" | "CASE_OPENED";
                        summary: string;
                        inspectedOn: string;
                        finding?: {
                            entryId: string;
                            correctedInTime?: boolean;
                            harmfulConsequence?: boolean;
                            harmMinor?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            visitId: string;
                            departmentId: string;
                            departmentName: string;
                            uscc: string;
                            enterpriseName: string | null;
                            /** @enum {string} */
                            outcome: "NO_PROBLEM" | "PROBLEM_FOUND" | "ORDERED_TO_RECTIFY" | "CASE_OPENED";
                            summary: string;
                            penalty: {
                                entryId: string;
                                entryName: string;
                                /** @enum {string} */
                                status: "NO_PENALTY" | "MAY_WAIVE" | "PENALTY_NOT_EXCLUDED" | "UNKNOWN";
                                explanation: {
                                    /** @enum {string} */
                                    outcome: "NO_PENALTY" | "MAY_WAIVE";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    holds: boolean | "UNKNOWN";
                                    cites: {
                                        citation: string;
                                        lawTitle: string;
                                    }[];
                                }[];
                                cites: {
                                    citation: string;
                                    lawTitle: string;
                                }[];
                                missing: string[];
                                firstViolation: boolean;
                            } | null;
                            inspectedOn: string;
                            publishDue: string | null;
                            publishDueProblem: string | null;
                            publicationBasis: {
                                workingDays: number;
                                citation: string;
                                unverified: boolean;
                            } | null;
                            /** @enum {string} */
                            publication: "PUBLISHED" | "PENDING" | "OVERDUE" | "DUE_UNKNOWN";
                            publishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/visits/{id}/result/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公开检查结果 Publish a visit's result on the public site (once; again answers the published result) (the department's officers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            visitId: string;
                            departmentId: string;
                            departmentName: string;
                            uscc: string;
                            enterpriseName: string | null;
                            /** @enum {string} */
                            outcome: "NO_PROBLEM" | "PROBLEM_FOUND" | "ORDERED_TO_RECTIFY" | "CASE_OPENED";
                            summary: string;
                            penalty: {
                                entryId: string;
                                entryName: string;
                                /** @enum {string} */
                                status: "NO_PENALTY" | "MAY_WAIVE" | "PENALTY_NOT_EXCLUDED" | "UNKNOWN";
                                explanation: {
                                    /** @enum {string} */
                                    outcome: "NO_PENALTY" | "MAY_WAIVE";
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    holds: boolean | "UNKNOWN";
                                    cites: {
                                        citation: string;
                                        lawTitle: string;
                                    }[];
                                }[];
                                cites: {
                                    citation: string;
                                    lawTitle: string;
                                }[];
                                missing: string[];
                                firstViolation: boolean;
                            } | null;
                            inspectedOn: string;
                            publishDue: string | null;
                            publishDueProblem: string | null;
                            publicationBasis: {
                                workingDays: number;
                                citation: string;
                                unverified: boolean;
                            } | null;
                            /** @enum {string} */
                            publication: "PUBLISHED" | "PENDING" | "OVERDUE" | "DUE_UNKNOWN";
                            publishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查结果 A department's results with their publication state (published, pending, overdue) and last day, newest first (its officers, the SME bureau, auditors, admins) */
        get: {
            parameters: {
                query: {
                    department: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                visitId: string;
                                departmentId: string;
                                departmentName: string;
                                uscc: string;
                                enterpriseName: string | null;
                                /** @enum {string} */
                                outcome: "NO_PROBLEM" | "PROBLEM_FOUND" | "ORDERED_TO_RECTIFY" | "CASE_OPENED";
                                summary: string;
                                penalty: {
                                    entryId: string;
                                    entryName: string;
                                    /** @enum {string} */
                                    status: "NO_PENALTY" | "MAY_WAIVE" | "PENALTY_NOT_EXCLUDED" | "UNKNOWN";
                                    explanation: {
                                        /** @enum {string} */
                                        outcome: "NO_PENALTY" | "MAY_WAIVE";
                                        label: {
                                            zh: string;
                                            en: string;
                                        };
                                        holds: boolean | "UNKNOWN";
                                        cites: {
                                            citation: string;
                                            lawTitle: string;
                                        }[];
                                    }[];
                                    cites: {
                                        citation: string;
                                        lawTitle: string;
                                    }[];
                                    missing: string[];
                                    firstViolation: boolean;
                                } | null;
                                inspectedOn: string;
                                publishDue: string | null;
                                publishDueProblem: string | null;
                                publicationBasis: {
                                    workingDays: number;
                                    citation: string;
                                    unverified: boolean;
                                } | null;
                                /** @enum {string} */
                                publication: "PUBLISHED" | "PENDING" | "OVERDUE" | "DUE_UNKNOWN";
                                publishedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/public/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查结果公示 Published inspection results, newest first (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                visitId: string;
                                departmentName: string;
                                uscc: string;
                                enterpriseName: string | null;
                                /** @enum {string} */
                                outcome: "NO_PROBLEM" | "PROBLEM_FOUND" | "ORDERED_TO_RECTIFY" | "CASE_OPENED";
                                summary: string;
                                inspectedOn: string;
                                publishedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/my/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的检查结果 The results of inspections of my enterprise, published or not, with the 轻微免罚/首违不罚 answer (enterprise users) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                visitId: string;
                                departmentId: string;
                                departmentName: string;
                                uscc: string;
                                enterpriseName: string | null;
                                /** @enum {string} */
                                outcome: "NO_PROBLEM" | "PROBLEM_FOUND" | "ORDERED_TO_RECTIFY" | "CASE_OPENED";
                                summary: string;
                                penalty: {
                                    entryId: string;
                                    entryName: string;
                                    /** @enum {string} */
                                    status: "NO_PENALTY" | "MAY_WAIVE" | "PENALTY_NOT_EXCLUDED" | "UNKNOWN";
                                    explanation: {
                                        /** @enum {string} */
                                        outcome: "NO_PENALTY" | "MAY_WAIVE";
                                        label: {
                                            zh: string;
                                            en: string;
                                        };
                                        holds: boolean | "UNKNOWN";
                                        cites: {
                                            citation: string;
                                            lawTitle: string;
                                        }[];
                                    }[];
                                    cites: {
                                        citation: string;
                                        lawTitle: string;
                                    }[];
                                    missing: string[];
                                    firstViolation: boolean;
                                } | null;
                                inspectedOn: string;
                                publishDue: string | null;
                                publishDueProblem: string | null;
                                publicationBasis: {
                                    workingDays: number;
                                    citation: string;
                                    unverified: boolean;
                                } | null;
                                /** @enum {string} */
                                publication: "PUBLISHED" | "PENDING" | "OVERDUE" | "DUE_UNKNOWN";
                                publishedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/minor-violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 轻微违法行为免予处罚清单 A department's list of minor violations with each entry's citations and the rules (行政处罚法 第三十三条第一款, 深圳条例 第六十九条) that decide 不予处罚 / 可以不予处罚 (public) */
        get: {
            parameters: {
                query: {
                    department: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                id: string;
                                name: string;
                                cites: {
                                    citation: string;
                                    lawTitle: string;
                                }[];
                                unverified: boolean;
                            }[];
                            rules: {
                                /** @enum {string} */
                                outcome: "NO_PENALTY" | "MAY_WAIVE";
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                cites: {
                                    citation: string;
                                    lawTitle: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/oversight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查统筹看板 Merged-visit proposals (two or more departments' drawn plans reaching one enterprise in overlapping windows: one joint visit, visits avoided), high-frequency and annual-cap warnings, reports of unregistered visits — for a year; a department sees what involves it, the SME bureau, auditors and admins everything */
        get: {
            parameters: {
                query?: {
                    year?: number | string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            proposals: {
                                uscc: string;
                                enterpriseName: string | null;
                                plans: {
                                    planId: string;
                                    title: string;
                                    departmentName: string;
                                }[];
                                departments: {
                                    id: string;
                                    name: string;
                                }[];
                                from: string;
                                to: string;
                                visitsAvoided: number;
                            }[];
                            plannedVisits: number;
                            visitsAfterMerging: number;
                            visitsAvoided: number;
                            warnings: ({
                                /** @enum {string} */
                                kind: "ANNUAL_CAP_EXCEEDED";
                                uscc: string;
                                enterpriseName: string | null;
                                department: {
                                    id: string;
                                    name: string;
                                };
                                itemName: string;
                                year: number;
                                visits: number;
                                cap: number;
                            } | {
                                /** @enum {string} */
                                kind: "HIGH_FREQUENCY";
                                uscc: string;
                                enterpriseName: string | null;
                                from: string;
                                to: string;
                                visits: number;
                                departments: {
                                    id: string;
                                    name: string;
                                }[];
                            })[];
                            highFrequency: {
                                windowDays: number;
                                maxVisits: number;
                            };
                            unregisteredReports: {
                                department: {
                                    id: string;
                                    name: string;
                                } | null;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/my/unregistered-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 举报未登记的检查 Report an inspection visit that was not registered (no task code shown): it becomes an appeal of type 涉企检查投诉 in the appeals loop (enterprise users) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        departmentId?: string | null;
                        visitedOn: string;
                        description: string;
                        /** @default false */
                        isAnonymous?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingNumber: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区选项 Jurisdictions to choose from (stored, and the rule base's) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                parentId: string | null;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门列表 Departments with district scope, parent, active officers and tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                jurisdiction: string;
                                jurisdictionName: {
                                    zh: string;
                                    en: string;
                                };
                                parentId: string | null;
                                parentName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                isSmeBureau: boolean;
                                deactivatedAt: string | null;
                                activeOfficers: number;
                                activeTokens: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建部门 Create a department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        nameZh: string;
                        /** @default  */
                        nameEn?: string;
                        jurisdiction: string;
                        /** @default null */
                        parentId?: string | null;
                        /** @default false */
                        isSmeBureau?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: {
                                zh: string;
                                en: string;
                            };
                            jurisdiction: string;
                            jurisdictionName: {
                                zh: string;
                                en: string;
                            };
                            parentId: string | null;
                            parentName: {
                                zh: string;
                                en: string;
                            } | null;
                            isSmeBureau: boolean;
                            deactivatedAt: string | null;
                            activeOfficers: number;
                            activeTokens: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门详情 One department */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: {
                                zh: string;
                                en: string;
                            };
                            jurisdiction: string;
                            jurisdictionName: {
                                zh: string;
                                en: string;
                            };
                            parentId: string | null;
                            parentName: {
                                zh: string;
                                en: string;
                            } | null;
                            isSmeBureau: boolean;
                            deactivatedAt: string | null;
                            activeOfficers: number;
                            activeTokens: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改部门 Rename, re-parent or re-scope a department */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameZh?: string;
                        nameEn?: string;
                        jurisdiction?: string;
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: {
                                zh: string;
                                en: string;
                            };
                            jurisdiction: string;
                            jurisdictionName: {
                                zh: string;
                                en: string;
                            };
                            parentId: string | null;
                            parentName: {
                                zh: string;
                                en: string;
                            } | null;
                            isSmeBureau: boolean;
                            deactivatedAt: string | null;
                            activeOfficers: number;
                            activeTokens: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/departments/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用部门 Deactivate a department (refused while it has active officers or sub-departments); its systems' tokens stop working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: {
                                zh: string;
                                en: string;
                            };
                            jurisdiction: string;
                            jurisdictionName: {
                                zh: string;
                                en: string;
                            };
                            parentId: string | null;
                            parentName: {
                                zh: string;
                                en: string;
                            } | null;
                            isSmeBureau: boolean;
                            deactivatedAt: string | null;
                            activeOfficers: number;
                            activeTokens: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 Accounts, filtered by role, department, status or name */
        get: {
            parameters: {
                query?: {
                    role?: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                    departmentId?: string;
                    q?: string;
                    status?: "ACTIVE" | "DISABLED";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                                jurisdiction: string;
                                departmentId: string | null;
                                departmentName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                disabled: boolean;
                                mustChangePassword: boolean;
                                isDemo: boolean;
                                createdAt: string;
                                disabledAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建账号 Create an officer account with role and department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        role: string;
                        password: string;
                        /** @default null */
                        departmentId?: string | null;
                        /** @default null */
                        jurisdiction?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                            jurisdiction: string;
                            departmentId: string | null;
                            departmentName: {
                                zh: string;
                                en: string;
                            } | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            isDemo: boolean;
                            createdAt: string;
                            disabledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账号 Disable an account (its sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                            jurisdiction: string;
                            departmentId: string | null;
                            departmentName: {
                                zh: string;
                                en: string;
                            } | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            isDemo: boolean;
                            createdAt: string;
                            disabledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用账号 Re-enable an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                            jurisdiction: string;
                            departmentId: string | null;
                            departmentName: {
                                zh: string;
                                en: string;
                            } | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            isDemo: boolean;
                            createdAt: string;
                            disabledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/force-password-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 要求改密 The account must change its password at its next request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                            jurisdiction: string;
                            departmentId: string | null;
                            departmentName: {
                                zh: string;
                                en: string;
                            } | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            isDemo: boolean;
                            createdAt: string;
                            disabledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 A temporary password, shown once, to be changed at the next sign-in; the account's sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                                jurisdiction: string;
                                departmentId: string | null;
                                departmentName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                disabled: boolean;
                                mustChangePassword: boolean;
                                isDemo: boolean;
                                createdAt: string;
                                disabledAt: string | null;
                            };
                            temporaryPassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接口令牌 Tokens of department systems with scope, expiry and last use */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                prefix: string;
                                departmentId: string;
                                departmentName: {
                                    zh: string;
                                    en: string;
                                };
                                intakeKinds: ("REGISTRY" | "YEARLY_FIGURES" | "SOCIAL_SECURITY_HEADCOUNT" | "TAX_CREDIT_RATING" | "QUALIFICATIONS" | "LOAN_RECORDS" | "SHARED_FACTS")[];
                                createdAt: string;
                                createdBy: string | null;
                                expiresAt: string | null;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "ACTIVE" | "EXPIRED" | "REVOKED";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 签发令牌 Issue a token for a department system: one department, the intake kinds it may submit, an expiry; the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId: string;
                        name: string;
                        intakeKinds: string[];
                        expiresAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            item: {
                                id: string;
                                name: string;
                                prefix: string;
                                departmentId: string;
                                departmentName: {
                                    zh: string;
                                    en: string;
                                };
                                intakeKinds: ("REGISTRY" | "YEARLY_FIGURES" | "SOCIAL_SECURITY_HEADCOUNT" | "TAX_CREDIT_RATING" | "QUALIFICATIONS" | "LOAN_RECORDS" | "SHARED_FACTS")[];
                                createdAt: string;
                                createdBy: string | null;
                                expiresAt: string | null;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "ACTIVE" | "EXPIRED" | "REVOKED";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销令牌 Revoke a department system's token at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            prefix: string;
                            departmentId: string;
                            departmentName: {
                                zh: string;
                                en: string;
                            };
                            intakeKinds: ("REGISTRY" | "YEARLY_FIGURES" | "SOCIAL_SECURITY_HEADCOUNT" | "TAX_CREDIT_RATING" | "QUALIFICATIONS" | "LOAN_RECORDS" | "SHARED_FACTS")[];
                            createdAt: string;
                            createdBy: string | null;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "ACTIVE" | "EXPIRED" | "REVOKED";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change your own password (current password required; the password policy applies) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "ENTERPRISE" | "SME_BUREAU" | "DEPARTMENT" | "FINANCIAL_INSTITUTION" | "AUDITOR" | "ADMIN" | "SME_BUREAU_FINANCE";
                            jurisdiction: string;
                            uscc?: string;
                            enterpriseName?: string;
                            departmentId?: string;
                            departmentName?: {
                                zh: string;
                                en: string;
                            };
                            institutionId?: string;
                            institutionName?: {
                                zh: string;
                                en: string;
                            };
                            isDemo: boolean;
                            mustChangePassword?: boolean;
                            /** @enum {string} */
                            authenticatedVia?: "SESSION" | "TOKEN";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预览导入 Check an upload without writing: the first rows, the row-by-row report and what would change (multipart field file, ≤ 20 MB, CSV or XLSX) */
        post: {
            parameters: {
                query: {
                    kind: "REGISTRY" | "YEARLY_FIGURES" | "SOCIAL_SECURITY_HEADCOUNT" | "TAX_CREDIT_RATING" | "QUALIFICATIONS" | "LOAN_RECORDS" | "SHARED_FACTS";
                    acceptValid?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string | null;
                            batchKey: string | null;
                            /** @enum {string} */
                            status: "APPLIED" | "PARTIALLY_APPLIED" | "REJECTED";
                            replayed: boolean;
                            dryRun: boolean;
                            rowCount: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                            errors: {
                                line: number;
                                column: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            preview: {
                                header: string[];
                                rows: {
                                    line: number;
                                    cells: string[];
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入数据 Import an upload (multipart field file, ≤ 20 MB, CSV or XLSX): all-or-nothing, or acceptValid=true to write the valid rows; recorded as a batch of the officer's department */
        post: {
            parameters: {
                query: {
                    kind: "REGISTRY" | "YEARLY_FIGURES" | "SOCIAL_SECURITY_HEADCOUNT" | "TAX_CREDIT_RATING" | "QUALIFICATIONS" | "LOAN_RECORDS" | "SHARED_FACTS";
                    acceptValid?: "true" | "false";
                    batchKey?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string | null;
                            batchKey: string | null;
                            /** @enum {string} */
                            status: "APPLIED" | "PARTIALLY_APPLIED" | "REJECTED";
                            replayed: boolean;
                            dryRun: boolean;
                            rowCount: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                            errors: {
                                line: number;
                                column: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            preview: {
                                header: string[];
                                rows: {
                                    line: number;
                                    cells: string[];
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string | null;
                            batchKey: string | null;
                            /** @enum {string} */
                            status: "APPLIED" | "PARTIALLY_APPLIED" | "REJECTED";
                            replayed: boolean;
                            dryRun: boolean;
                            rowCount: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                            errors: {
                                line: number;
                                column: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            preview: {
                                header: string[];
                                rows: {
                                    line: number;
                                    cells: string[];
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 归集批次 Recent intake batches (the SME bureau and auditors: all; a department: its own), newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                departmentId: string | null;
                                /** @enum {string} */
                                kind: "REGISTRY" | "YEARLY_FIGURES" | "SOCIAL_SECURITY_HEADCOUNT" | "TAX_CREDIT_RATING" | "QUALIFICATIONS" | "LOAN_RECORDS" | "SHARED_FACTS";
                                batchKey: string;
                                /** @enum {string} */
                                channel: "CONSOLE" | "API" | "CLI";
                                fileName: string | null;
                                receivedAt: string;
                                acceptValid: boolean;
                                /** @enum {string} */
                                status: "APPLIED" | "PARTIALLY_APPLIED" | "REJECTED";
                                rowCount: number;
                                inserted: number;
                                updated: number;
                                unchanged: number;
                                rejected: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 部门系统报送 A department system delivers one batch (body: text/csv or XLSX, streamed, any size; Bearer token scoped to the department and kind). The same batchKey again changes nothing. */
        post: {
            parameters: {
                query: {
                    kind: "REGISTRY" | "YEARLY_FIGURES" | "SOCIAL_SECURITY_HEADCOUNT" | "TAX_CREDIT_RATING" | "QUALIFICATIONS" | "LOAN_RECORDS" | "SHARED_FACTS";
                    batchKey: string;
                    acceptValid?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string | null;
                            batchKey: string | null;
                            /** @enum {string} */
                            status: "APPLIED" | "PARTIALLY_APPLIED" | "REJECTED";
                            replayed: boolean;
                            dryRun: boolean;
                            rowCount: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                            errors: {
                                line: number;
                                column: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            preview: {
                                header: string[];
                                rows: {
                                    line: number;
                                    cells: string[];
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string | null;
                            batchKey: string | null;
                            /** @enum {string} */
                            status: "APPLIED" | "PARTIALLY_APPLIED" | "REJECTED";
                            replayed: boolean;
                            dryRun: boolean;
                            rowCount: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                            errors: {
                                line: number;
                                column: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            preview: {
                                header: string[];
                                rows: {
                                    line: number;
                                    cells: string[];
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批次报告 One batch with its row-by-row report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                id: string;
                                departmentId: string | null;
                                /** @enum {string} */
                                kind: "REGISTRY" | "YEARLY_FIGURES" | "SOCIAL_SECURITY_HEADCOUNT" | "TAX_CREDIT_RATING" | "QUALIFICATIONS" | "LOAN_RECORDS" | "SHARED_FACTS";
                                batchKey: string;
                                /** @enum {string} */
                                channel: "CONSOLE" | "API" | "CLI";
                                fileName: string | null;
                                receivedAt: string;
                                acceptValid: boolean;
                                /** @enum {string} */
                                status: "APPLIED" | "PARTIALLY_APPLIED" | "REJECTED";
                                rowCount: number;
                                inserted: number;
                                updated: number;
                                unchanged: number;
                                rejected: number;
                            };
                            errors: {
                                line: number;
                                column: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/data-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据来源 Where the current profile and each year's figures came from (a department's batch, or a person), with the last department delivery beside a value changed since; and the facts departments delivered beyond the registry (社保参保人数, 纳税信用等级, 资质证书, 共享数据) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "PROFILE" | "FIGURES";
                                year: number | null;
                                version: number;
                                validFrom: string;
                                source: {
                                    /** @enum {string} */
                                    type: "INTAKE";
                                    batchId: string;
                                    departmentId: string | null;
                                    departmentName: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                    channel: string;
                                    receivedAt: string;
                                } | {
                                    /** @enum {string} */
                                    type: "USER";
                                    role: string | null;
                                    displayName: string | null;
                                };
                                values: {
                                    [key: string]: unknown;
                                };
                                lastDelivery: {
                                    version: number;
                                    source: {
                                        /** @enum {string} */
                                        type: "INTAKE";
                                        batchId: string;
                                        departmentId: string | null;
                                        departmentName: {
                                            zh: string;
                                            en: string;
                                        } | null;
                                        channel: string;
                                        receivedAt: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "USER";
                                        role: string | null;
                                        displayName: string | null;
                                    };
                                    values: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                            }[];
                            departmentFacts: {
                                /** @enum {string} */
                                kind: "SOCIAL_SECURITY_HEADCOUNT" | "TAX_CREDIT_RATING" | "QUALIFICATIONS" | "SHARED_FACTS" | "LOAN_RECORDS";
                                kindName: {
                                    zh: string;
                                    en: string;
                                };
                                period: string;
                                version: number;
                                values: {
                                    [key: string]: unknown;
                                };
                                source: {
                                    /** @enum {string} */
                                    type: "INTAKE";
                                    batchId: string;
                                    departmentId: string | null;
                                    departmentName: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                    channel: string;
                                    receivedAt: string;
                                } | {
                                    /** @enum {string} */
                                    type: "USER";
                                    role: string | null;
                                    displayName: string | null;
                                };
                                item: {
                                    zh: string;
                                    en: string;
                                };
                                fields: {
                                    key: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    value: unknown;
                                    unit: ("fen" | "ratio" | "people" | "bool" | "date") | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/batches/{id}/rejected-rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载被拒绝的行 The rejected rows of a batch as CSV (UTF-8 with BOM, for Excel): the file's header, the rows as received, and the reasons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 被拒绝的行 CSV The rejected rows with their reasons */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry-snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 注册库快照 State of the registry snapshots of this server process (building with progress, ready, failed), per figure year */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            snapshots: {
                                figureYear: number;
                                /** @enum {string} */
                                state: "BUILDING" | "READY" | "FAILED";
                                loadedRows: number;
                                totalRows: number;
                                percent: number;
                                startedAt: string;
                                readyAt: string | null;
                                buildSeconds: number | null;
                                seq: number | null;
                                source: ("DATABASE" | "FILE") | null;
                                savedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报批次 Recognition rounds (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                title: string;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 设立申报批次 Open a recognition round (tier, year, deadline, attachments, 公示 days, pass mark, aggregation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                        year: number;
                        title: string;
                        deadline: string;
                        /**
                         * @default [
                         *       "FINANCIAL_STATEMENTS",
                         *       "DECLARATION"
                         *     ]
                         */
                        requiredAttachments?: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                        /** @default 5 */
                        publicityWorkingDays?: number;
                        /** @default 60 */
                        passMark?: number;
                        /**
                         * @default MEAN
                         * @enum {string}
                         */
                        aggregation?: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                        /** @default 3 */
                        expertsPerApplication?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            roundId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            year: number;
                            title: string;
                            deadline: string;
                            requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                            publicityWorkingDays: number;
                            passMark: number;
                            /** @enum {string} */
                            aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                            expertsPerApplication: number;
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 认定公示 Applications in 公示 with their periods (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicationId: string;
                                enterpriseName: string;
                                uscc: string;
                                district: string;
                                tier: string;
                                tierLabel: {
                                    zh: string;
                                    en: string;
                                };
                                publicityFrom: string | null;
                                publicityUntil: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提出异议 Object during 公示 (anyone; recorded in the application’s log and answered by the city) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @default null */
                        objector?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            objectionId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 认定申报列表 Applications: the enterprise its own, a district its enterprises, the city all */
        get: {
            parameters: {
                query?: {
                    roundId?: string;
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicationId: string;
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                uscc: string;
                                enterpriseName: string;
                                district: string;
                                /** @enum {string} */
                                status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                                submittedAt: string;
                                updatedAt: string;
                                publicityFrom: string | null;
                                publicityUntil: string | null;
                                certificateNumber: string | null;
                                validFrom: string | null;
                                validUntil: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提交认定申报 Apply in a round, with the self-assessment and the uploaded attachments */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roundId: string;
                        attachmentIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 认定申报详情 One application with its reviews, scores, 公示 and certificate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/district-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 区级初审 First review by the enterprise’s district (pass, or reject with reasons) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "PASS" | "REJECT";
                        opinion: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/city-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市级审核 City review (pass, or reject with reasons) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "PASS" | "REJECT";
                        opinion: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予通过 Reject with reasons (the district at 初审, the city afterwards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评审专家库 The experts’ registry (fields, declared conflicts) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                expertId: string;
                                name: string;
                                organisation: string;
                                fields: string[];
                                conflicts: string[];
                                active: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/experts/{expertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记评审专家 Register or update an expert: fields and declared conflicts of interest */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    expertId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        organisation: string;
                        fields: string[];
                        /** @default [] */
                        conflicts?: string[];
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expertId: string;
                            name: string;
                            organisation: string;
                            fields: string[];
                            conflicts: string[];
                            active: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 随机抽取评审专家 Draw the reviewing experts (seed published; ranking SHA-256(seed:USCC:expert); conflicts recused) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入专家评分表 Record a drawn expert’s scoring sheet (refused for an expert with a declared conflict) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expertId: string;
                        scores: {
                            [key: string]: number;
                        };
                        /** @default  */
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布公示 Start 公示 for the configured working days (every expert scored, at the pass mark) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/objections/{objectionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复异议 Answer an objection (upheld or not) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    objectionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
                        upheld: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/recognise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 认定 Recognise after 公示: certificate number, validity 3 years; the qualification is set on the enterprise from that day */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        certificateNumber: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/re-review-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复核结论 Decide a re-review: passed extends validity by 3 years */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        passed: boolean;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销认定 Revoke a recognition with reasons; the qualification ends the day before */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 培育库 Enterprises meeting part of a tier’s criteria, ranked by distance to it (batch engine over the registry snapshot) */
        get: {
            parameters: {
                query: {
                    tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                    date?: string;
                    maxMissing?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            date: string;
                            version: {
                                from: string;
                                unverified: boolean;
                            };
                            total: number;
                            byDistance: {
                                distance: number;
                                count: number;
                            }[];
                            byDistrict: {
                                district: string;
                                name: string;
                                count: number;
                            }[];
                            items: {
                                uscc: string;
                                name: string | null;
                                district: string | null;
                                holdsTier: boolean;
                                distance: number;
                                met: number;
                                undecided: number;
                                unmetCriteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    cite: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/targets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 培育目标进度 The year’s targets with progress (holders at year end or today, recognitions in the year, applications under review) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            items: {
                                year: number;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                district: string;
                                target: number;
                                cumulative: boolean;
                                source: string;
                                districtName: string;
                                holding: number;
                                recognisedInYear: number;
                                inProgress: number;
                            }[];
                        };
                    };
                };
            };
        };
        /** 年度培育目标 Set the year’s targets per tier and district (city or district), with their source */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            district: string;
                            target: number;
                            /** @default true */
                            cumulative?: boolean;
                            /** @default cn-gd-sz/measures/sme-relief-2023#measure_14 */
                            source?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                year: number;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                district: string;
                                target: number;
                                cumulative: boolean;
                                source: string;
                                districtName: string;
                                holding: number;
                                recognisedInYear: number;
                                inProgress: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/innovation-score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 创新积分 The enterprise’s innovation score by indicator (a configurable, cited model flagged unverified) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            fiscalYear: number;
                            score: number;
                            ceiling: number;
                            complete: boolean;
                            indicators: {
                                id: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                points: number | null;
                                max: number;
                                missing: string[];
                                cite: string;
                                unverified: boolean;
                            }[];
                            cite: string;
                            /** @enum {boolean} */
                            unverified: true;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/self-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 梯度培育自评 Self-assessment for a tier: the criteria in force on the date, article by article, with what is missing */
        get: {
            parameters: {
                query: {
                    tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            policyId: string;
                            date: string;
                            /** @enum {string} */
                            status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                            version: {
                                from: string;
                                until: string | null;
                                unverified: boolean;
                                note: string | null;
                            } | null;
                            score: number | null;
                            criteria: {
                                id: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                cite: string;
                                citeText: string | null;
                                met: boolean | null;
                                missing: string[];
                                missingLabels: {
                                    zh: string;
                                    en: string;
                                }[];
                                gap: {
                                    zh: string;
                                    en: string;
                                }[];
                            }[];
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回申报 Withdraw an application before the city review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/applications/{id}/re-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请复核 Ask for re-review before the recognition expires (with a fresh self-assessment) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            /** @enum {string} */
                            tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                            tierLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "SUBMITTED" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERT_REVIEW" | "IN_PUBLICITY" | "RECOGNISED" | "RE_REVIEW" | "REJECTED" | "WITHDRAWN" | "NOT_RENEWED" | "REVOKED";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            uscc: string;
                            enterpriseName: string;
                            district: string;
                            round: {
                                roundId: string;
                                /** @enum {string} */
                                tier: "INNOVATIVE_SME" | "SPECIALIZED" | "LITTLE_GIANT";
                                year: number;
                                deadline: string;
                                requiredAttachments: ("FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER")[];
                                publicityWorkingDays: number;
                                passMark: number;
                                /** @enum {string} */
                                aggregation: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
                                expertsPerApplication: number;
                            };
                            selfAssessment: {
                                /** @enum {string} */
                                status: "ELIGIBLE" | "INELIGIBLE" | "UNKNOWN" | "NOT_IN_FORCE";
                                score: number | null;
                                met: number;
                                total: number;
                                versionFrom: string | null;
                                unverified: boolean;
                                assessedOn: string;
                            } | null;
                            attachments: {
                                id: string;
                                /** @enum {string} */
                                kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                                name: string;
                                mediaType: string;
                                bytes: number;
                            }[];
                            submittedAt: string;
                            districtReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            cityReview: {
                                by: string;
                                at: string;
                                opinion: string;
                            } | null;
                            sheet: {
                                criteria: {
                                    id: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    max: number;
                                }[];
                                unverified: boolean;
                                source: string;
                            } | null;
                            draw: {
                                at: string;
                                seed?: string;
                                assigned?: {
                                    id: string;
                                    rank: number;
                                    digest: string;
                                }[];
                                recused?: string[];
                                eligibleCount?: number;
                                experts?: number;
                            } | null;
                            scores: {
                                expertId?: string;
                                scores?: {
                                    [key: string]: number;
                                };
                                total: number;
                                comment?: string;
                                at: string;
                            }[];
                            aggregate: number | null;
                            publicity: {
                                from: string;
                                until: string;
                                workingDays: number;
                            } | null;
                            objections: {
                                objectionId: string;
                                text: string;
                                objector: string | null;
                                receivedAt: string;
                                answer: {
                                    text: string;
                                    upheld: boolean;
                                    at: string;
                                    by: string;
                                } | null;
                            }[];
                            certificate: {
                                number: string;
                                validFrom: string;
                                validUntil: string;
                                validityUnverified: boolean;
                            } | null;
                            renewals: {
                                at: string;
                                validFrom: string;
                                validUntil: string;
                            }[];
                            closing: {
                                /** @enum {string} */
                                type: "SUBMITTED" | "WITHDRAWN" | "DISTRICT_PASSED" | "CITY_PASSED" | "EXPERTS_ASSIGNED" | "SCORE_RECORDED" | "PUBLICITY_STARTED" | "OBJECTION_RECORDED" | "OBJECTION_ANSWERED" | "RECOGNISED" | "REJECTED" | "RE_REVIEW_REQUESTED" | "RE_REVIEW_PASSED" | "RE_REVIEW_FAILED" | "REVOKED";
                                reason: string;
                                at: string;
                                effectiveOn: string | null;
                            } | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传申报材料 Upload one application file (multipart field file; PDF, Word, PNG, JPEG by content; ≤ 10 MB) */
        post: {
            parameters: {
                query: {
                    kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "FINANCIAL_STATEMENTS" | "IP_CERTIFICATES" | "DECLARATION" | "OTHER";
                            name: string;
                            mediaType: string;
                            bytes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultivation/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载申报材料 Download an application file (its enterprise, the district, the city) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 申报材料 The file as uploaded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统计指标 Every indicator with its definition: formula, sources, breakdowns and the articles that ask for it (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicators: {
                                id: string;
                                nameZh: string;
                                nameEn: string;
                                formulaZh: string;
                                formulaEn: string;
                                unit: string;
                                sources: string[];
                                breakdowns: string[];
                                articles: string[];
                                published: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标详情 One indicator for a month with all its breakdowns (size class, district, industry section, month; or policy, fund, department), optionally within one district — officials, unsuppressed */
        get: {
            parameters: {
                query?: {
                    month?: string;
                    district?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: {
                                id: string;
                                nameZh: string;
                                nameEn: string;
                                formulaZh: string;
                                formulaEn: string;
                                unit: string;
                                sources: string[];
                                breakdowns: string[];
                                articles: string[];
                                published: boolean;
                            };
                            month: string;
                            asOf: string;
                            district: {
                                slug: string;
                                nameZh: string;
                            } | null;
                            total: number | null;
                            breakdowns: {
                                by: string;
                                rows: {
                                    key: string;
                                    labelZh: string;
                                    value: number | null;
                                    detail?: {
                                        [key: string]: number;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开统计 The published tables of a month (default: the last complete month), with cells covering fewer than 3 enterprises or dominated by one hidden (null), and enough others hidden that none can be recovered from the totals; the release of the month as stored once it is published (publishedAt), computed now before that (publishedAt null) (public) */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            month: string;
                            asOf: string;
                            publishedAt: string | null;
                            tables: {
                                id: string;
                                indicatorId: string;
                                by: string;
                                titleZh: string;
                                titleEn: string;
                                unitZh: string;
                                rowKeys: string[];
                                rowLabels: string[];
                                colKeys: string[];
                                colLabels: string[];
                                values: (number | null)[][];
                                hiddenCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/public/{table}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开统计 CSV One published table as CSV (hidden cells are x) (public) */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path: {
                    table: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 统计表 CSV One table, hidden cells as x */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/public/funds/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资金使用公开 Use of the year's support funds: budget per fund and the amounts paid where at least 3 enterprises were paid (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            funds: {
                                nameZh: string;
                                nameEn: string;
                                departmentZh: string;
                                budgetFen: number;
                                paidFen: number | null;
                                smallMicroPaidFen: number | null;
                                recipients: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/reports/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度报告草稿 The draft of the annual report on SME development for a year (the five contents of 深圳 draft 第六条), from live data, with the officers' narrative; a year with no data is refused (422) naming it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            titleZh: string;
                            asOf: string;
                            article: string;
                            sections: {
                                key: string;
                                headingZh: string;
                                headingEn: string;
                                paragraphs: string[];
                                editable: boolean;
                                tables: {
                                    captionZh: string;
                                    headers: string[];
                                    rows: string[][];
                                }[];
                                narrative: {
                                    text: string;
                                    version: number;
                                    updatedAt: string | null;
                                } | null;
                            }[];
                            sources: {
                                indicatorId: string;
                                asOf: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/reports/{year}/narratives/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 编辑报告文字 Saves the SME bureau's text of 问题及对策 (PROBLEMS) or 其他事项 (OTHER) for a year (expectedVersion: 0 for the first text); the same text again changes nothing; audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number | string;
                    section: "PROBLEMS" | "OTHER";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        expectedVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            section: string;
                            text: string;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/reports/{year}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度报告 DOCX The annual report as an editable Word document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 年度报告 DOCX */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/reports/{year}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度报告 PDF The annual report as PDF (printed with the server's Chromium; 503 when none is installed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 年度报告 PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/evaluation-pack/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 第三方评估数据包 The evaluation pack of a year for an outside evaluator (深圳 draft 第七十九条): indicator definitions, year-end published tables, the modules' yearly aggregates and the disclosure rules, as a JSON download (aggregates only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number | string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 第三方评估数据包 The evaluation pack (a JSON file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            format: "huiqi-evaluation-pack-1";
                            year: number;
                            generatedAt: string;
                            reportArticle: string;
                            disclosureRules: {
                                minContributors: number;
                                dominanceShare: number;
                                reference: string;
                            } & {
                                [key: string]: unknown;
                            };
                            definitions: {
                                [key: string]: unknown;
                            }[];
                            publishedTables: {
                                [key: string]: unknown;
                            }[];
                            funds: ({
                                fundId: string;
                                budgetFen: number;
                                paidFen: number;
                                smallMicroPaidFen: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            policies: ({
                                policyId: string;
                                cases: number;
                                paidCases: number;
                                paidFen: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            inspections: {
                                [key: string]: unknown;
                            }[];
                            financing: {
                                [key: string]: unknown;
                            }[];
                            consultations: {
                                [key: string]: unknown;
                            }[];
                            procurement: ({
                                departmentId: string;
                                projects: number;
                                budgetFen: number;
                                reservedFen: number;
                                smallMicroFen: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统计发布 The monthly releases, newest first, and the day of the month on which the previous month is published (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            releaseDay: number;
                            releases: {
                                month: string;
                                asOf: string;
                                figureYear: number;
                                snapshotSeq: number;
                                /** @enum {string} */
                                trigger: "SCHEDULE" | "MANUAL";
                                publishedAt: string;
                                tableCount: number;
                                hiddenCells: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发布月度统计 Publishes a complete month by hand (SME bureau); a month already published is returned as it is (created: false); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        month: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            release: {
                                month: string;
                                asOf: string;
                                figureYear: number;
                                snapshotSeq: number;
                                /** @enum {string} */
                                trigger: "SCHEDULE" | "MANUAL";
                                publishedAt: string;
                                tableCount: number;
                                hiddenCells: number;
                            };
                            created: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/releases/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统计发布 One month's release: its tables as published (hidden cells null), the date they are as of and the registry state they were computed on (public; 404 before the month is published) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            month: string;
                            asOf: string;
                            figureYear: number;
                            snapshotSeq: number;
                            /** @enum {string} */
                            trigger: "SCHEDULE" | "MANUAL";
                            publishedAt: string;
                            tableCount: number;
                            hiddenCells: number;
                            tables: {
                                id: string;
                                indicatorId: string;
                                by: string;
                                titleZh: string;
                                titleEn: string;
                                unitZh: string;
                                rowKeys: string[];
                                rowLabels: string[];
                                colKeys: string[];
                                colLabels: string[];
                                values: (number | null)[][];
                                hiddenCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/releases/{month}/{table}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统计发布 CSV One table of a month's release as CSV (hidden cells are x) (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                    table: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 统计表 CSV One table of the release, hidden cells as x */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/releases/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 发布日 Sets the day of the month (1–28) on which the previous month is published (SME bureau); audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        releaseDay: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            releaseDay: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/enterprise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业工作台 The enterprise's home: size class, policies it qualifies for and can act on, benefits paid and pending, open appeals with due dates, notices (and vouchers to settle for a service provider) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            role: "enterprise" | "bureau" | "department" | "bank" | "auditor" | "finance";
                            today: string;
                            asOf: string;
                            figures: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            queues: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            deadlines: {
                                /** @enum {string} */
                                kind: "APPEAL" | "BENEFIT_REVIEW" | "CONSULTATION_PERIOD" | "CULTIVATION_PUBLICITY" | "CONSENT_EXPIRY";
                                title: string;
                                due: string;
                                isOverdue: boolean;
                                link: string;
                            }[];
                            paidByMonth: {
                                month: string;
                                valueFen: number;
                            }[] | null;
                            enterprise: {
                                name: string;
                                sizeClass: {
                                    isClassified: boolean;
                                    label: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                };
                                eligibleCount: number;
                                unknownCount: number;
                                eligibleCashFen: number;
                                policies: {
                                    policyId: string;
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    amountFen: number | null;
                                    isCash: boolean;
                                    /** @enum {string} */
                                    action: "APPLY" | "CONFIRM" | "NONE";
                                    link: string;
                                }[];
                                notices: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "ELIGIBLE" | "UNKNOWN" | "CONSULTATION_OPENED";
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    createdAt: string;
                                    isRead: boolean;
                                }[];
                                isProvider: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/bureau": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 主管部门工作台 The SME bureau's home: queues with counts, the nearest statutory deadlines, the city's key figures and benefits paid per month */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            role: "enterprise" | "bureau" | "department" | "bank" | "auditor" | "finance";
                            today: string;
                            asOf: string;
                            figures: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            queues: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            deadlines: {
                                /** @enum {string} */
                                kind: "APPEAL" | "BENEFIT_REVIEW" | "CONSULTATION_PERIOD" | "CULTIVATION_PUBLICITY" | "CONSENT_EXPIRY";
                                title: string;
                                due: string;
                                isOverdue: boolean;
                                link: string;
                            }[];
                            paidByMonth: {
                                month: string;
                                valueFen: number;
                            }[] | null;
                            enterprise: {
                                name: string;
                                sizeClass: {
                                    isClassified: boolean;
                                    label: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                };
                                eligibleCount: number;
                                unknownCount: number;
                                eligibleCashFen: number;
                                policies: {
                                    policyId: string;
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    amountFen: number | null;
                                    isCash: boolean;
                                    /** @enum {string} */
                                    action: "APPLY" | "CONFIRM" | "NONE";
                                    link: string;
                                }[];
                                notices: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "ELIGIBLE" | "UNKNOWN" | "CONSULTATION_OPENED";
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    createdAt: string;
                                    isRead: boolean;
                                }[];
                                isProvider: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/department": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门工作台 A department's home: its appeals, applications of its funds, drafts, consultations, inspection plans and (districts) cultivation 初审 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            role: "enterprise" | "bureau" | "department" | "bank" | "auditor" | "finance";
                            today: string;
                            asOf: string;
                            figures: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            queues: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            deadlines: {
                                /** @enum {string} */
                                kind: "APPEAL" | "BENEFIT_REVIEW" | "CONSULTATION_PERIOD" | "CULTIVATION_PUBLICITY" | "CONSENT_EXPIRY";
                                title: string;
                                due: string;
                                isOverdue: boolean;
                                link: string;
                            }[];
                            paidByMonth: {
                                month: string;
                                valueFen: number;
                            }[] | null;
                            enterprise: {
                                name: string;
                                sizeClass: {
                                    isClassified: boolean;
                                    label: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                };
                                eligibleCount: number;
                                unknownCount: number;
                                eligibleCashFen: number;
                                policies: {
                                    policyId: string;
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    amountFen: number | null;
                                    isCash: boolean;
                                    /** @enum {string} */
                                    action: "APPLY" | "CONFIRM" | "NONE";
                                    link: string;
                                }[];
                                notices: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "ELIGIBLE" | "UNKNOWN" | "CONSULTATION_OPENED";
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    createdAt: string;
                                    isRead: boolean;
                                }[];
                                isProvider: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 金融机构工作台 A financial institution's home: open and taken financing demands, live and expiring consents, loans recorded this year */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            role: "enterprise" | "bureau" | "department" | "bank" | "auditor" | "finance";
                            today: string;
                            asOf: string;
                            figures: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            queues: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            deadlines: {
                                /** @enum {string} */
                                kind: "APPEAL" | "BENEFIT_REVIEW" | "CONSULTATION_PERIOD" | "CULTIVATION_PUBLICITY" | "CONSENT_EXPIRY";
                                title: string;
                                due: string;
                                isOverdue: boolean;
                                link: string;
                            }[];
                            paidByMonth: {
                                month: string;
                                valueFen: number;
                            }[] | null;
                            enterprise: {
                                name: string;
                                sizeClass: {
                                    isClassified: boolean;
                                    label: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                };
                                eligibleCount: number;
                                unknownCount: number;
                                eligibleCashFen: number;
                                policies: {
                                    policyId: string;
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    amountFen: number | null;
                                    isCash: boolean;
                                    /** @enum {string} */
                                    action: "APPLY" | "CONFIRM" | "NONE";
                                    link: string;
                                }[];
                                notices: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "ELIGIBLE" | "UNKNOWN" | "CONSULTATION_OPENED";
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    createdAt: string;
                                    isRead: boolean;
                                }[];
                                isProvider: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/auditor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计工作台 The auditor's home: the city's figures and what is late or failed, read-only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            role: "enterprise" | "bureau" | "department" | "bank" | "auditor" | "finance";
                            today: string;
                            asOf: string;
                            figures: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            queues: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            deadlines: {
                                /** @enum {string} */
                                kind: "APPEAL" | "BENEFIT_REVIEW" | "CONSULTATION_PERIOD" | "CULTIVATION_PUBLICITY" | "CONSENT_EXPIRY";
                                title: string;
                                due: string;
                                isOverdue: boolean;
                                link: string;
                            }[];
                            paidByMonth: {
                                month: string;
                                valueFen: number;
                            }[] | null;
                            enterprise: {
                                name: string;
                                sizeClass: {
                                    isClassified: boolean;
                                    label: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                };
                                eligibleCount: number;
                                unknownCount: number;
                                eligibleCashFen: number;
                                policies: {
                                    policyId: string;
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    amountFen: number | null;
                                    isCash: boolean;
                                    /** @enum {string} */
                                    action: "APPLY" | "CONFIRM" | "NONE";
                                    link: string;
                                }[];
                                notices: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "ELIGIBLE" | "UNKNOWN" | "CONSULTATION_OPENED";
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    createdAt: string;
                                    isRead: boolean;
                                }[];
                                isProvider: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/finance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 拨付工作台 The payments officer's home: approved cases and redeemed vouchers waiting for a batch, payments at the bank, failed payments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            role: "enterprise" | "bureau" | "department" | "bank" | "auditor" | "finance";
                            today: string;
                            asOf: string;
                            figures: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            queues: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            deadlines: {
                                /** @enum {string} */
                                kind: "APPEAL" | "BENEFIT_REVIEW" | "CONSULTATION_PERIOD" | "CULTIVATION_PUBLICITY" | "CONSENT_EXPIRY";
                                title: string;
                                due: string;
                                isOverdue: boolean;
                                link: string;
                            }[];
                            paidByMonth: {
                                month: string;
                                valueFen: number;
                            }[] | null;
                            enterprise: {
                                name: string;
                                sizeClass: {
                                    isClassified: boolean;
                                    label: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                };
                                eligibleCount: number;
                                unknownCount: number;
                                eligibleCashFen: number;
                                policies: {
                                    policyId: string;
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    amountFen: number | null;
                                    isCash: boolean;
                                    /** @enum {string} */
                                    action: "APPLY" | "CONFIRM" | "NONE";
                                    link: string;
                                }[];
                                notices: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "ELIGIBLE" | "UNKNOWN" | "CONSULTATION_OPENED";
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    createdAt: string;
                                    isRead: boolean;
                                }[];
                                isProvider: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公众首页 The public front door's highlights: registry and policy counts, consultations open for comments, recognitions in 公示 (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            figures: {
                                key: string;
                                value: number;
                                /** @enum {string} */
                                unit: "COUNT" | "FEN";
                                isEstimated: boolean;
                                isAttention: boolean;
                                link: string | null;
                            }[];
                            consultations: {
                                id: string;
                                title: string;
                                issuingBody: string;
                                /** @enum {string} */
                                status: "OPEN" | "PROCESSING" | "CLOSED";
                                endDate: string;
                                commentCount: number;
                            }[];
                            publicity: {
                                enterpriseName: string;
                                tier: {
                                    zh: string;
                                    en: string;
                                };
                                until: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
