// Generated from docs/openapi.json by `npm run openapi` (openapi-typescript): do not edit.
// test/openapi-document.e2e-spec.ts fails while it is stale.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database and Temporal answer */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every problem type this API answers with */
        get: operations["listProblemTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a problem type means */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a payment received (payment systems’ webhook)
         * @description Signed with the integration’s signing secret. Applied exactly once per external id: a repeat answers what the first delivery answered, with `Idempotent-Replayed: true`. A payment that does not fit its invoice (another currency, more than is outstanding, a cancelled invoice) is refused (422) and leaves nothing behind.
         */
        post: operations["receivePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payments */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a payment */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/q/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The customer’s quote page
         * @description Showing it changes nothing (mail scanners open links).
         */
        get: operations["showQuotePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/q/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer accepts the quote
         * @description The answer reaches the deal’s workflow like one recorded in the CRM. Accepting again is thanked and changes nothing.
         */
        post: operations["acceptQuoteByLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/q/{token}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer declines the quote
         * @description Declining again is thanked and changes nothing.
         */
        post: operations["declineQuoteByLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the request is made as */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the teams */
        get: operations["listTeams"];
        put?: never;
        /** Create a team */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description The user signs in with an API key issued to them, or from an invitation.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user (name, role, team, active)
         * @description Deactivating a user revokes their API keys for good.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user’s API keys */
        get: operations["listApiKeys"];
        put?: never;
        /** Issue an API key to a user */
        post: operations["issueApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session of this browser */
        get: operations["getSession"];
        put?: never;
        /**
         * Sign in with email and password
         * @description Sets the session cookie. A wrong email or password answers 401 (never which); too many failed sign-ins 429 with Retry-After; a request from another site 403.
         */
        post: operations["signIn"];
        /**
         * Sign out: end the session of this browser
         * @description A request made with an API key has no session to end: it answers 400 naming `authorization`.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-resets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a link to set a new password */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a password from an invitation or reset link
         * @description The link’s token answers 400 naming `token` when expired, used or not valid; a request from another site 403.
         */
        post: operations["setPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a person: create their user and email them a link to set a password */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a user a new invitation
         * @description A user who has set a password already answers 400 naming `id`.
         */
        post: operations["reinviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set one’s own language and time zone
         * @description Takes `language`, `timeZone` or both; a request without a body answers 400 naming it; `{}` changes nothing.
         */
        put: operations["setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes to the records the caller may see, as server-sent events */
        get: operations["streamChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List companies */
        get: operations["listCompanies"];
        put?: never;
        /** Create a company */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a company */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        /** Archive a company */
        delete: operations["archiveCompany"];
        options?: never;
        head?: never;
        /** Change a company */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts */
        get: operations["listContacts"];
        put?: never;
        /** Create a contact */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a contact */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Archive a contact */
        delete: operations["archiveContact"];
        options?: never;
        head?: never;
        /** Change a contact */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the catalogue */
        get: operations["listProducts"];
        put?: never;
        /** Add a product to the catalogue */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a product */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /** Archive a product */
        delete: operations["archiveProduct"];
        options?: never;
        head?: never;
        /** Change a product */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List quotes */
        get: operations["listQuotes"];
        put?: never;
        /**
         * Create a quote
         * @description Numbered Q-<year>-<seq>; rows and totals computed by the server. A row naming an unknown product, or one priced in another currency, is refused (422).
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a quote */
        get: operations["getQuote"];
        put?: never;
        post?: never;
        /** Archive a quote */
        delete: operations["archiveQuote"];
        options?: never;
        head?: never;
        /** Change a draft quote */
        patch: operations["updateQuote"];
        trace?: never;
    };
    "/api/v1/quotes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A quote as PDF */
        get: operations["getQuotePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the customer accepted a quote */
        post: operations["acceptQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the customer declined a quote */
        post: operations["declineQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices */
        get: operations["listInvoices"];
        put?: never;
        /**
         * Create an invoice
         * @description Numbered INV-<year>-<seq>; rows and totals computed by the server. A row naming an unknown product, or one priced in another currency, is refused (422).
         */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an invoice */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        /** Archive an invoice */
        delete: operations["archiveInvoice"];
        options?: never;
        head?: never;
        /** Change a draft invoice */
        patch: operations["updateInvoice"];
        trace?: never;
    };
    "/api/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice as PDF */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quote-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List quote templates */
        get: operations["listQuoteTemplates"];
        put?: never;
        /**
         * Add a quote template
         * @description Its rows are checked as a quote’s (known products, in its currency) and its texts as templates (known fields only).
         */
        post: operations["createQuoteTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quote-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a quote template */
        get: operations["getQuoteTemplate"];
        put?: never;
        post?: never;
        /** Archive a quote template */
        delete: operations["archiveQuoteTemplate"];
        options?: never;
        head?: never;
        /**
         * Change a quote template
         * @description Quotes made from it before keep what they were made with; its code never changes.
         */
        patch: operations["updateQuoteTemplate"];
        trace?: never;
    };
    "/api/v1/quotes/from-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a quote for a deal from a template
         * @description Personalised for the deal: its contact and company, the template’s rows then the deal’s product rows (unless `includeDealProducts` is false), valid for the template’s days, the intro and terms rendered for the deal. The template must be in the deal’s currency. The quote is a draft: change it as any quote.
         */
        post: operations["createQuoteFromTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deals */
        get: operations["listDeals"];
        put?: never;
        /**
         * Create a deal
         * @description The deal starts in the first stage of its pipeline’s latest rules version, and its workflow starts.
         */
        post: operations["createDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deals as board cards
         * @description The deal list (same filters, same paging) with what a card shows: the company’s and the responsible’s names, the next planned activity and whether it is overdue. The board reads one column with `stage`.
         */
        get: operations["listDealCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count and sum deals per stage
         * @description Per stage, how many of the deals the caller may see match the filters, and their amounts summed per currency: the board’s column heads.
         */
        get: operations["getDealTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a deal */
        get: operations["getDeal"];
        put?: never;
        post?: never;
        /** Archive a deal */
        delete: operations["archiveDeal"];
        options?: never;
        head?: never;
        /**
         * Change a deal’s fields
         * @description The stage changes only by a move; the pipeline and currency never.
         */
        patch: operations["updateDeal"];
        trace?: never;
    };
    "/api/v1/deals/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stage history of a deal */
        get: operations["listDealHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deal’s product rows */
        get: operations["getDealProducts"];
        /**
         * Replace a deal’s product rows
         * @description The rows are computed as a quote’s (a catalogue product’s name, price, unit and tax are the defaults; a product in another currency than the deal is refused). The deal’s amount becomes the rows’ total (tax included) unless it was set by hand (`amountManual`). With If-Match, the deal’s ETag: the deal’s version moves on.
         */
        put: operations["replaceDealProducts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a deal to another stage
         * @description Through the deal’s workflow, which checks the pipeline’s rules; the stage history records the change. A move to a lost stage names one of the loss reasons of the rules version the deal runs (`lossReason`, with an optional `lossNote`); missing or unknown answers 400 naming `lossReason`, as does a loss reason with a move to any other stage.
         */
        post: operations["moveDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/rules-version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a deal on another version of its pipeline’s rules */
        post: operations["migrateDealRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/automation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the automation does with a deal */
        get: operations["getDealAutomation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List activities */
        get: operations["listActivities"];
        put?: never;
        /**
         * Plan an activity
         * @description A call, email, meeting, event or task, bound to exactly one deal, lead, contact or company.
         */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities due today */
        get: operations["listActivitiesDueToday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue activities */
        get: operations["listOverdueActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/counters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CRM’s activity counters */
        get: operations["countActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an activity */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        /** Archive an activity */
        delete: operations["archiveActivity"];
        options?: never;
        head?: never;
        /**
         * Change a planned activity
         * @description Only a planned activity changes; it stays bound to its record.
         */
        patch: operations["updateActivity"];
        trace?: never;
    };
    "/api/v1/activities/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an activity done */
        post: operations["completeActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an activity’s due time */
        post: operations["rescheduleActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an activity */
        post: operations["cancelActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an email activity’s email again
         * @description For an email that failed (or never went out): sent under the same key, so never twice; the activity is done once it went out.
         */
        post: operations["sendActivityEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List leads */
        get: operations["listLeads"];
        put?: never;
        /**
         * Create a lead
         * @description The lead starts in the first status of the latest lead rules, and its workflow starts. Integrations (web forms) may create leads.
         */
        post: operations["createLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a lead */
        get: operations["getLead"];
        put?: never;
        post?: never;
        /** Archive a lead */
        delete: operations["archiveLead"];
        options?: never;
        head?: never;
        /**
         * Change a lead’s fields
         * @description The status changes only by a move or a conversion.
         */
        patch: operations["updateLead"];
        trace?: never;
    };
    "/api/v1/leads/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The status history of a lead */
        get: operations["listLeadHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a lead to another status
         * @description Through the lead’s workflow, which checks the lead rules; a lead becomes converted only by its conversion.
         */
        post: operations["moveLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert a lead into a contact, a company and a deal
         * @description All or nothing: the contact and company are created or linked, the deal created in the pipeline asked; the lead is converted and its workflow completes.
         */
        post: operations["convertLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/automation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the automation does with a lead */
        get: operations["getLeadAutomation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the lead sources */
        get: operations["listLeadSources"];
        put?: never;
        /** Add a lead source to the catalogue */
        post: operations["createLeadSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deactivate a lead source */
        delete: operations["deactivateLeadSource"];
        options?: never;
        head?: never;
        /** Rename, deactivate or reactivate a lead source (its code stays) */
        patch: operations["updateLeadSource"];
        trace?: never;
    };
    "/api/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the published rule sets */
        get: operations["listRuleSets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the published versions of a rule set */
        get: operations["listRuleSetVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the latest version of a rule set */
        get: operations["getRuleSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one published version of a rule set */
        get: operations["getRuleSetVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two published versions of a rule set */
        get: operations["diffRuleSetVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check rules files without publishing them
         * @description Not valid: 422 `invalid-rules` with each problem’s file, line, column and path.
         */
        post: operations["validateRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish rules as a new version
         * @description A version that exists with other content, or below a higher one, answers 409; rules that are not valid 422; a version under which the replay of some open record throws 422 `rules-break-records`, with the records.
         */
        post: operations["publishRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry-run a scenario against rules files */
        post: operations["simulateRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a rules version would do to every open record if migrated now
         * @description Each open deal of the pipeline (or lead of the lead rules) has its own recorded inputs replayed through the interpreter, then is migrated to the candidate now: unaffected, changed (the stage it would be in, timers added, removed or re-timed, actions run at once), refused (its stage is gone), failed (the replay throws) or unknown (nothing logged yet). Counts per kind, stage and responsible, and a page of examples.
         */
        post: operations["previewRulesImpact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a rule set’s migrations: who started each, when, why, and how it went */
        get: operations["listRulesMigrations"];
        put?: never;
        /**
         * Start migrating the open records of a rule set to another version
         * @description Takes the open records on `fromVersion` (narrowed by `filter`) and moves them to `toVersion` in batches, each record through its own workflow (same stage, the stage’s timers set anew). Runs as a Temporal workflow: it survives restarts and migrates each record once. Rolling back is a migration to the earlier version.
         */
        post: operations["startRulesMigration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/migrations/{migrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a migration’s status and progress */
        get: operations["getRulesMigration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/migrations/{migrationId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the records a migration took, each with its outcome and why */
        get: operations["listRulesMigrationRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/migrations/{migrationId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a migration after the batch in hand */
        post: operations["pauseRulesMigration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/migrations/{migrationId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused migration */
        post: operations["resumeRulesMigration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/{id}/migrations/{migrationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a migration after the batch in hand: the records not reached stay where they are */
        post: operations["cancelRulesMigration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/deal-funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deal funnel of a pipeline */
        get: operations["dealFunnelReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/lead-funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lead funnel */
        get: operations["leadFunnelReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales by manager, team, pipeline, source or month */
        get: operations["salesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activity by manager, team or activity type */
        get: operations["activityReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forecast: open deals by expected close month */
        get: operations["forecastReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/automation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the rules did, per pipeline and rules version */
        get: operations["automationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automation/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the automation will do next across one person’s records
         * @description The rule timers the workflows of one person’s open deals and leads wait on — follow-ups, reminders, escalations and timed moves — soonest first, kept exact by the workflows themselves (docs/architecture.md, "Upcoming automation").
         */
        get: operations["listUpcomingAutomation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The timeline of a lead
         * @description Stage changes, activities, emails sent (with their text) and comments, newest first.
         */
        get: operations["listLeadTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on a lead
         * @description Plain text; it shows in the timeline. Its author may edit or delete it within 24 hours.
         */
        post: operations["createLeadComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment on a lead
         * @description Its author within 24 hours of writing it; an admin at any time.
         */
        delete: operations["deleteLeadComment"];
        options?: never;
        head?: never;
        /**
         * Change a comment on a lead
         * @description Its author only, within 24 hours of writing it (403 otherwise).
         */
        patch: operations["updateLeadComment"];
        trace?: never;
    };
    "/api/v1/deals/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The timeline of a deal
         * @description Stage changes, activities, emails sent (with their text), quotes, invoices, their payments and comments, newest first.
         */
        get: operations["listDealTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on a deal
         * @description Plain text; it shows in the timeline. Its author may edit or delete it within 24 hours.
         */
        post: operations["createDealComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment on a deal
         * @description Its author within 24 hours of writing it; an admin at any time.
         */
        delete: operations["deleteDealComment"];
        options?: never;
        head?: never;
        /**
         * Change a comment on a deal
         * @description Its author only, within 24 hours of writing it (403 otherwise).
         */
        patch: operations["updateDealComment"];
        trace?: never;
    };
    "/api/v1/contacts/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The timeline of a contact
         * @description Activities, emails sent (with their text), the contact’s quotes, invoices, their payments and comments, newest first.
         */
        get: operations["listContactTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on a contact
         * @description Plain text; it shows in the timeline. Its author may edit or delete it within 24 hours.
         */
        post: operations["createContactComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment on a contact
         * @description Its author within 24 hours of writing it; an admin at any time.
         */
        delete: operations["deleteContactComment"];
        options?: never;
        head?: never;
        /**
         * Change a comment on a contact
         * @description Its author only, within 24 hours of writing it (403 otherwise).
         */
        patch: operations["updateContactComment"];
        trace?: never;
    };
    "/api/v1/companies/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The timeline of a company
         * @description Activities, emails sent (with their text), the company’s quotes, invoices, their payments and comments, newest first.
         */
        get: operations["listCompanyTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on a company
         * @description Plain text; it shows in the timeline. Its author may edit or delete it within 24 hours.
         */
        post: operations["createCompanyComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment on a company
         * @description Its author within 24 hours of writing it; an admin at any time.
         */
        delete: operations["deleteCompanyComment"];
        options?: never;
        head?: never;
        /**
         * Change a comment on a company
         * @description Its author only, within 24 hours of writing it (403 otherwise).
         */
        patch: operations["updateCompanyComment"];
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the outbound webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Register an outbound webhook endpoint */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an outbound webhook endpoint */
        delete: operations["removeWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an endpoint’s deliveries, each with its attempts and answers */
        get: operations["listWebhookDeliveries"];
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
    schemas: {
        Liveness: {
            /** @enum {string} */
            status: "ok";
        };
        DependencyCheck: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description down: why (the check’s error) */
            error?: string;
            /**
             * Format: date-time
             * @description Temporal down: since when it is known to be
             */
            since?: string;
        };
        DependencyChecks: {
            database: components["schemas"]["DependencyCheck"];
            temporal: components["schemas"]["DependencyCheck"];
        };
        Readiness: {
            /** @enum {string} */
            status: "ready" | "unavailable";
            /** @description unavailable: the dependencies that are down */
            down?: ("database" | "temporal")[];
            checks: components["schemas"]["DependencyChecks"];
        };
        ProblemType: {
            /**
             * @description the problem’s `type`
             * @example /problems/not-found
             */
            type: string;
            /** @description the status every answer of this type has */
            status: number;
            /** @example Not found */
            title: string;
            /** @description what it means and what to do */
            description: string;
        };
        PaidInvoice: {
            /** Format: uuid */
            id: string;
            /** @example INV-2026-0001 */
            number: string;
            /**
             * @description `paid` or `partially_paid`
             * @enum {string}
             */
            status: "draft" | "sent" | "partially_paid" | "paid" | "overdue" | "cancelled";
            /**
             * @description in its currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            total: string;
            /**
             * @description in its currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            amountPaid: string;
            /**
             * @description in its currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            outstanding: string;
        };
        AppliedPayment: {
            /** Format: uuid */
            paymentId: string;
            externalId: string;
            /** @enum {string} */
            status: "applied";
            /**
             * @description in its currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            amount: string;
            /** @example USD */
            currency: string;
            invoice: components["schemas"]["PaidInvoice"];
        };
        UnmatchedPayment: {
            /** Format: uuid */
            paymentId: string;
            externalId: string;
            /** @enum {string} */
            status: "unmatched";
            /** @example INV-2026-0099 */
            invoiceNumber: string;
            /** @description for people: why it was kept */
            detail: string;
        };
        PaymentReport: {
            /**
             * @description the payment system’s id: a repeat of it applies nothing
             * @example pay_8f2c1
             */
            externalId: string;
            /** @example INV-2026-00042 */
            invoiceNumber: string;
            /**
             * @description decimal string, more than zero
             * @example 1200.00
             */
            amount: string;
            /** @example USD */
            currency: string;
            /** @example 2026-11-28T10:15:00Z */
            paidAt: string;
        };
        Payment: {
            /** Format: uuid */
            id: string;
            /**
             * @description the payment system’s id of the payment
             * @example pay_81723
             */
            externalId: string;
            /**
             * @description `unmatched`: no invoice had its number; kept for review
             * @enum {string}
             */
            status: "applied" | "unmatched";
            /**
             * Format: uuid
             * @description the invoice it was applied to
             */
            invoiceId: string | null;
            /**
             * @description the invoice number the payment system sent
             * @example INV-2026-0001
             */
            invoiceNumber: string;
            /**
             * @description in its currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            amount: string;
            /** @example USD */
            currency: string;
            /**
             * Format: date-time
             * @description when the customer paid
             */
            paidAt: string;
            /**
             * Format: date-time
             * @description when the webhook received it
             */
            receivedAt: string;
            /**
             * Format: uuid
             * @description the integration (its user) that reported it
             */
            integrationId: string;
        };
        /** @description A page of Payment records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        PaymentPage: {
            items: components["schemas"]["Payment"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        Me: {
            /** Format: uuid */
            userId: string;
            /** @example Anna Petrova */
            name: string;
            /** @enum {string} */
            role: "admin" | "salesops" | "head" | "manager" | "integration";
            /** Format: uuid */
            teamId: string | null;
            /** @description heads only: the users of their team, themselves included */
            teamMemberIds?: string[];
        };
        CreateTeam: {
            /** @example Sales East */
            name: string;
        };
        Team: {
            /** Format: uuid */
            id: string;
            /** @example Sales East */
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A page of Team records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        TeamPage: {
            items: components["schemas"]["Team"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CreateUser: {
            /** @example Anna Petrova */
            name: string;
            /**
             * Format: email
             * @example anna@example.com
             */
            email: string;
            /** @enum {string} */
            role: "admin" | "salesops" | "head" | "manager" | "integration";
            /**
             * Format: uuid
             * @description the team (required for head and manager to see team records)
             */
            teamId?: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            /** @example Anna Petrova */
            name: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "admin" | "salesops" | "head" | "manager" | "integration";
            /** Format: uuid */
            teamId: string | null;
            /** @description false: deactivated, their keys revoked */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the user’s version, also its ETag */
            version: number;
        };
        /** @description A page of User records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateUser: {
            name?: string;
            /** @enum {string} */
            role?: "admin" | "salesops" | "head" | "manager" | "integration";
            /** Format: uuid */
            teamId?: string | null;
            /** @description false deactivates the user and all their keys */
            active?: boolean;
        };
        CreateApiKey: {
            /** @example laptop */
            name: string;
        };
        IssuedApiKey: {
            /** Format: uuid */
            id: string;
            /** @example laptop */
            name: string;
            /**
             * @description the first characters of the key, to recognise it
             * @example vk_3f9a
             */
            prefix: string;
            /** @description send it as `Authorization: Bearer <key>`; only its hash is kept */
            key: string;
            /** @description integration users only: the secret to sign webhook deliveries with (HMAC-SHA256) */
            signingSecret?: string;
            /** Format: date-time */
            createdAt: string;
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            /** @example laptop */
            name: string;
            /**
             * @description the first characters of the key, to recognise it
             * @example vk_3f9a
             */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description set when revoked
             */
            revokedAt: string | null;
        };
        /** @description A page of ApiKey records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        SignIn: {
            /** @example anna@example.com */
            email: string;
            /** Format: password */
            password: string;
        };
        SessionUserView: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "salesops" | "head" | "manager" | "integration";
            /** Format: uuid */
            teamId: string | null;
            /**
             * @description null: the browser decides
             * @enum {string|null}
             */
            language: "en" | "ru" | null;
            /** @description null: the browser's time zone */
            timeZone: string | null;
        };
        SessionView: {
            user: components["schemas"]["SessionUserView"];
            /** @description send it as X-CSRF-Token with every write made with the session cookie */
            csrfToken: string;
            /** Format: date-time */
            expiresAt: string;
        };
        PasswordReset: {
            /**
             * Format: email
             * @example anna@example.com
             */
            email: string;
        };
        AcceptedView: Record<string, never>;
        SetPassword: {
            /** @description the token of the link in the invitation or reset email */
            token: string;
            /** Format: password */
            password: string;
        };
        Invitation: {
            /** @example Anna Petrova */
            name: string;
            /**
             * Format: email
             * @example anna@example.com
             */
            email: string;
            /** @enum {string} */
            role: "admin" | "salesops" | "head" | "manager";
            /** Format: uuid */
            teamId?: string;
            /**
             * @description the language of the email and the app
             * @enum {string}
             */
            language?: "en" | "ru";
        };
        InvitationView: {
            /** Format: uuid */
            userId: string;
            email: string;
            /**
             * Format: date-time
             * @description when the link in the email stops working
             */
            expiresAt: string;
        };
        Preferences: {
            /** @enum {string} */
            language?: "en" | "ru";
            /**
             * @description an IANA time zone
             * @example Europe/Moscow
             */
            timeZone?: string;
        };
        CreateCompany: {
            /** @example ACME Corp */
            name: string;
            /** @example Manufacturing */
            industry?: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example DE
             */
            country?: string | null;
            /**
             * Format: email
             * @example info@acme.test
             */
            email?: string | null;
            /** @example +49 30 1234567 */
            phone?: string | null;
            /**
             * Format: uri
             * @example https://acme.test
             */
            website?: string | null;
            address?: string | null;
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
        };
        Company: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /**
             * Format: uuid
             * @description the responsible user
             */
            responsibleId: string;
            /** @example ACME Corp */
            name: string;
            industry: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example DE
             */
            country: string | null;
            /** Format: email */
            email: string | null;
            phone: string | null;
            /** @example https://acme.test */
            website: string | null;
            address: string | null;
        };
        /** @description A page of Company records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        CompanyPage: {
            items: components["schemas"]["Company"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateCompany: {
            /** @example ACME Corp */
            name?: string;
            /** @example Manufacturing */
            industry?: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example DE
             */
            country?: string | null;
            /**
             * Format: email
             * @example info@acme.test
             */
            email?: string | null;
            /** @example +49 30 1234567 */
            phone?: string | null;
            /**
             * Format: uri
             * @example https://acme.test
             */
            website?: string | null;
            address?: string | null;
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
        };
        CreateContact: {
            /** @example Ann */
            firstName: string;
            /** @example Lee */
            lastName?: string | null;
            /** @example Head of IT */
            position?: string | null;
            /**
             * Format: email
             * @example ann@acme.test
             */
            email?: string | null;
            /** @example +1 555 010 0200 */
            phone?: string | null;
            /** @description companies the contact belongs to */
            companyIds?: string[];
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
        };
        Contact: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /**
             * Format: uuid
             * @description the responsible user
             */
            responsibleId: string;
            /** @example Anna */
            firstName: string;
            /** @example Petrova */
            lastName: string | null;
            /**
             * @description first and last name
             * @example Anna Petrova
             */
            name: string;
            position: string | null;
            /** Format: email */
            email: string | null;
            phone: string | null;
            /** @description the companies the contact belongs to */
            companyIds: string[];
        };
        /** @description A page of Contact records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        ContactPage: {
            items: components["schemas"]["Contact"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateContact: {
            /** @example Ann */
            firstName?: string;
            /** @example Lee */
            lastName?: string | null;
            /** @example Head of IT */
            position?: string | null;
            /**
             * Format: email
             * @example ann@acme.test
             */
            email?: string | null;
            /** @example +1 555 010 0200 */
            phone?: string | null;
            /** @description companies the contact belongs to */
            companyIds?: string[];
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
        };
        CreateProduct: {
            /** @example CRM licence, annual */
            name: string;
            /** @example LIC-ANNUAL */
            sku: string;
            description?: string | null;
            /**
             * @description unit price, a decimal string
             * @example 1200.00
             */
            price: string;
            /** @example USD */
            currency: string;
            /**
             * @description tax rate in percent
             * @example 20
             */
            taxRate?: string;
            /** @description whether the price includes the tax */
            taxIncluded?: boolean;
            /** @example pcs */
            unit?: string;
        };
        Product: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /** @example Onboarding workshop */
            name: string;
            /** @example ONB-WS */
            sku: string;
            description: string | null;
            /**
             * @description the unit price, 4 decimals
             * @example 150.0000
             */
            price: string;
            /** @example USD */
            currency: string;
            /**
             * @description per cent, 2 decimals
             * @example 20.00
             */
            taxRate: string;
            /** @description whether the price includes the tax */
            taxIncluded: boolean;
            /** @example h */
            unit: string;
        };
        /** @description A page of Product records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        ProductPage: {
            items: components["schemas"]["Product"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateProduct: {
            /** @example CRM licence, annual */
            name?: string;
            /** @example LIC-ANNUAL */
            sku?: string;
            description?: string | null;
            /**
             * @description unit price, a decimal string
             * @example 1200.00
             */
            price?: string;
            /** @example USD */
            currency?: string;
            /**
             * @description tax rate in percent
             * @example 20
             */
            taxRate?: string;
            /** @description whether the price includes the tax */
            taxIncluded?: boolean;
            /** @example pcs */
            unit?: string;
        };
        DocumentRowInput: {
            /**
             * Format: uuid
             * @description a catalogue product: its name, price, unit and tax are the defaults
             */
            productId?: string;
            /**
             * @description required without a product
             * @example Onboarding workshop
             */
            name?: string;
            /** @example h */
            unit?: string;
            /** @example 2 */
            quantity: string;
            /**
             * @description required without a product
             * @example 150.00
             */
            unitPrice?: string;
            /**
             * @description percent off
             * @example 10
             */
            discountPercent?: string;
            /** @example 20 */
            taxRate?: string;
            /** @description whether unitPrice includes the tax */
            taxIncluded?: boolean;
        };
        CreateQuote: {
            /** @example USD */
            currency: string;
            /**
             * Format: uuid
             * @description the deal (in the same currency)
             */
            dealId?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /** Format: uuid */
            contactId?: string | null;
            notes?: string | null;
            rows: components["schemas"]["DocumentRowInput"][];
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
            /**
             * Format: date
             * @example 2026-12-31
             */
            validUntil?: string | null;
            /** @description the text above the rows */
            intro?: string | null;
            /** @description the terms below the totals */
            terms?: string | null;
        };
        DocumentRow: {
            /** Format: uuid */
            id: string;
            /** @description its place in the document */
            position: number;
            /**
             * Format: uuid
             * @description the product it came from; null for a free row
             */
            productId: string | null;
            /** @example Onboarding workshop */
            name: string;
            /** @example h */
            unit: string;
            /**
             * @description 3 decimals
             * @example 2.000
             */
            quantity: string;
            /**
             * @description 4 decimals
             * @example 150.0000
             */
            unitPrice: string;
            /**
             * @description per cent, 2 decimals
             * @example 10.00
             */
            discountPercent: string;
            /**
             * @description per cent, 2 decimals
             * @example 20.00
             */
            taxRate: string;
            /** @description whether the unit price includes the tax */
            taxIncluded: boolean;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            gross: string;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            discount: string;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            net: string;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            tax: string;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            total: string;
        };
        DocumentTotals: {
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            gross: string;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            discount: string;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            net: string;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            tax: string;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            total: string;
        };
        Quote: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /**
             * Format: uuid
             * @description the responsible user
             */
            responsibleId: string;
            /**
             * @description unique and gap-free per year
             * @example Q-2026-0001
             */
            number: string;
            /** @example USD */
            currency: string;
            /** Format: uuid */
            dealId: string | null;
            /** Format: uuid */
            companyId: string | null;
            /** Format: uuid */
            contactId: string | null;
            notes: string | null;
            /** @description in their order */
            rows: components["schemas"]["DocumentRow"][];
            totals: components["schemas"]["DocumentTotals"];
            /** @enum {string} */
            status: "draft" | "sent" | "accepted" | "declined" | "expired";
            /**
             * Format: date
             * @description the last day the customer may accept it
             */
            validUntil: string | null;
            /**
             * Format: uuid
             * @description the quote template it was made from
             */
            templateId: string | null;
            /** @description the text above the rows */
            intro: string | null;
            /** @description the terms below the totals */
            terms: string | null;
        };
        /** @description A page of Quote records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        QuotePage: {
            items: components["schemas"]["Quote"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateQuote: {
            /** @example USD */
            currency?: string;
            /**
             * Format: uuid
             * @description the deal (in the same currency)
             */
            dealId?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /** Format: uuid */
            contactId?: string | null;
            notes?: string | null;
            rows?: components["schemas"]["DocumentRowInput"][];
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
            /**
             * Format: date
             * @example 2026-12-31
             */
            validUntil?: string | null;
            /** @description the text above the rows */
            intro?: string | null;
            /** @description the terms below the totals */
            terms?: string | null;
        };
        CreateInvoice: {
            /** @example USD */
            currency: string;
            /**
             * Format: uuid
             * @description the deal (in the same currency)
             */
            dealId?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /** Format: uuid */
            contactId?: string | null;
            notes?: string | null;
            rows: components["schemas"]["DocumentRowInput"][];
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
            /**
             * Format: date
             * @example 2026-12-31
             */
            dueDate: string;
        };
        Invoice: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /**
             * Format: uuid
             * @description the responsible user
             */
            responsibleId: string;
            /**
             * @description unique and gap-free per year
             * @example Q-2026-0001
             */
            number: string;
            /** @example USD */
            currency: string;
            /** Format: uuid */
            dealId: string | null;
            /** Format: uuid */
            companyId: string | null;
            /** Format: uuid */
            contactId: string | null;
            notes: string | null;
            /** @description in their order */
            rows: components["schemas"]["DocumentRow"][];
            totals: components["schemas"]["DocumentTotals"];
            /** @enum {string} */
            status: "draft" | "sent" | "partially_paid" | "paid" | "overdue" | "cancelled";
            /** Format: date */
            dueDate: string;
            /**
             * @description in the document’s currency, at its minor units (USD 2 decimals)
             * @example 1200.00
             */
            amountPaid: string;
            /**
             * Format: uuid
             * @description the quote it was made from
             */
            quoteId: string | null;
        };
        /** @description A page of Invoice records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        InvoicePage: {
            items: components["schemas"]["Invoice"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateInvoice: {
            /** @example USD */
            currency?: string;
            /**
             * Format: uuid
             * @description the deal (in the same currency)
             */
            dealId?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /** Format: uuid */
            contactId?: string | null;
            notes?: string | null;
            rows?: components["schemas"]["DocumentRowInput"][];
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
            /**
             * Format: date
             * @example 2026-12-31
             */
            dueDate?: string;
        };
        CreateQuoteTemplate: {
            /**
             * @description how the rules name it (send_quote: { quote_template: standard }); never changes
             * @example standard
             */
            code: string;
            /** @example Standard licence offer */
            name: string;
            /**
             * @description its rows’ currency: the deals it quotes for
             * @example USD
             */
            currency: string;
            /** @description rows as a quote’s; a product row without a unit price takes the catalogue’s price when the quote is made */
            rows?: components["schemas"]["DocumentRowInput"][];
            /** @description a template: plain text with fields of the deal, its contact and company, the responsible and the quote ({{contact.name}}, {{company_name}}, {{money quote.total quote.currency}}); lines kept */
            intro?: string | null;
            /** @description a template: plain text with fields of the deal, its contact and company, the responsible and the quote ({{contact.name}}, {{company_name}}, {{money quote.total quote.currency}}); lines kept */
            terms?: string | null;
            /**
             * @description a quote made from it is valid until this many days later
             * @default 14
             */
            validityDays: number;
        };
        QuoteTemplate: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /**
             * @description how the rules name it
             * @example standard
             */
            code: string;
            /** @example Standard licence offer */
            name: string;
            /** @example USD */
            currency: string;
            /** @description the rows as entered, in their order */
            rows: components["schemas"]["DocumentRowInput"][];
            /** @description the text above the rows (a template) */
            intro: string | null;
            /** @description the terms below the totals (a template) */
            terms: string | null;
            /** @description days a quote made from it is valid */
            validityDays: number;
        };
        /** @description A page of QuoteTemplate records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        QuoteTemplatePage: {
            items: components["schemas"]["QuoteTemplate"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateQuoteTemplate: {
            /** @example Standard licence offer */
            name?: string;
            /**
             * @description its rows’ currency: the deals it quotes for
             * @example USD
             */
            currency?: string;
            /** @description rows as a quote’s; a product row without a unit price takes the catalogue’s price when the quote is made */
            rows?: components["schemas"]["DocumentRowInput"][];
            /** @description a template: plain text with fields of the deal, its contact and company, the responsible and the quote ({{contact.name}}, {{company_name}}, {{money quote.total quote.currency}}); lines kept */
            intro?: string | null;
            /** @description a template: plain text with fields of the deal, its contact and company, the responsible and the quote ({{contact.name}}, {{company_name}}, {{money quote.total quote.currency}}); lines kept */
            terms?: string | null;
            /**
             * @description a quote made from it is valid until this many days later
             * @default 14
             */
            validityDays: number;
        };
        CreateQuoteFromTemplate: {
            /**
             * Format: uuid
             * @description the quote template (not archived)
             */
            templateId: string;
            /**
             * Format: uuid
             * @description the deal: its contact, company and currency (the template’s) and its products
             */
            dealId: string;
            /**
             * @description the deal’s product rows after the template’s rows (false: the template’s only)
             * @default true
             */
            includeDealProducts: boolean;
            /**
             * Format: uuid
             * @description the responsible user (default: the deal’s)
             */
            responsibleId?: string;
        };
        CreateDeal: {
            /** @example ACME rollout */
            title: string;
            /**
             * @description a published pipeline; the deal starts in its first stage
             * @example b2b
             */
            pipelineId: string;
            /**
             * @description at most the currency’s decimals (USD 2, JPY 0, KWD 3): more answers 422. Set by hand: the amount no longer follows the deal’s product rows (`amountManual` becomes true)
             * @example 25000.00
             */
            amount?: string;
            /**
             * @description default: the pipeline's currency
             * @example USD
             */
            currency?: string;
            probability?: number | null;
            /**
             * Format: date
             * @example 2026-12-31
             */
            expectedCloseDate?: string | null;
            /**
             * @description the code of an active lead source (GET /api/v1/lead-sources); else 400
             * @example web
             */
            source?: string | null;
            /** Format: uuid */
            contactId?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /**
             * @description custom fields
             * @example {
             *       "segment": "enterprise"
             *     }
             */
            custom?: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
        };
        Deal: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /**
             * Format: uuid
             * @description the responsible user
             */
            responsibleId: string;
            /** @example ACME rollout */
            title: string;
            /**
             * @description the pipeline
             * @example b2b
             */
            pipelineId: string;
            /** @description the version of the pipeline’s rules the deal runs */
            rulesVersion: number;
            /**
             * @description the stage (moves change it)
             * @example negotiation
             */
            stage: string;
            /**
             * @description open until a won or lost stage closes it
             * @enum {string}
             */
            outcome: "open" | "won" | "lost";
            /**
             * @description in `currency`, at its minor units (USD 2 decimals): the total of its product rows unless `amountManual`
             * @example 1200.00
             */
            amount: string;
            /** @description the amount was set by hand and stays; false: it follows the total of the deal’s product rows */
            amountManual: boolean;
            /** @example USD */
            currency: string;
            /** @description per cent, 0 to 100 */
            probability: number | null;
            /** Format: date */
            expectedCloseDate: string | null;
            /** @example web */
            source: string | null;
            /** Format: uuid */
            contactId: string | null;
            /** Format: uuid */
            companyId: string | null;
            /**
             * Format: uuid
             * @description the lead it was converted from
             */
            sourceLeadId: string | null;
            /** @description custom fields */
            custom: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description when a won or lost stage closed it
             */
            closedAt: string | null;
            /**
             * @description why it was lost: the code of a loss reason of its rules (given by the person or the rule that moved it to a lost stage); null while open, when won, or when none was given
             * @example price
             */
            lossReason: string | null;
            /** @description the note of the person who moved it to a lost stage */
            lossNote: string | null;
            /**
             * @description the amount won, once won
             * @example 1200.00
             */
            wonAmount: string | null;
        };
        /** @description A page of Deal records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        DealPage: {
            items: components["schemas"]["Deal"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        NextActivity: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "call" | "email" | "meeting" | "event" | "task";
            /** @example Qualify ACME rollout */
            subject: string;
            /** Format: date-time */
            dueAt: string;
            /** @description past its due time */
            overdue: boolean;
        };
        DealCard: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /**
             * Format: uuid
             * @description the responsible user
             */
            responsibleId: string;
            /** @example ACME rollout */
            title: string;
            /**
             * @description the pipeline
             * @example b2b
             */
            pipelineId: string;
            /** @description the version of the pipeline’s rules the deal runs */
            rulesVersion: number;
            /**
             * @description the stage (moves change it)
             * @example negotiation
             */
            stage: string;
            /**
             * @description open until a won or lost stage closes it
             * @enum {string}
             */
            outcome: "open" | "won" | "lost";
            /**
             * @description in `currency`, at its minor units (USD 2 decimals): the total of its product rows unless `amountManual`
             * @example 1200.00
             */
            amount: string;
            /** @description the amount was set by hand and stays; false: it follows the total of the deal’s product rows */
            amountManual: boolean;
            /** @example USD */
            currency: string;
            /** @description per cent, 0 to 100 */
            probability: number | null;
            /** Format: date */
            expectedCloseDate: string | null;
            /** @example web */
            source: string | null;
            /** Format: uuid */
            contactId: string | null;
            /** Format: uuid */
            companyId: string | null;
            /**
             * Format: uuid
             * @description the lead it was converted from
             */
            sourceLeadId: string | null;
            /** @description custom fields */
            custom: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description when a won or lost stage closed it
             */
            closedAt: string | null;
            /**
             * @description why it was lost: the code of a loss reason of its rules (given by the person or the rule that moved it to a lost stage); null while open, when won, or when none was given
             * @example price
             */
            lossReason: string | null;
            /** @description the note of the person who moved it to a lost stage */
            lossNote: string | null;
            /**
             * @description the amount won, once won
             * @example 1200.00
             */
            wonAmount: string | null;
            /**
             * @description the company’s name
             * @example Globex
             */
            companyName: string | null;
            /**
             * @description the responsible user’s name
             * @example Ann Petrova
             */
            responsibleName: string;
            /** @description the earliest planned activity of the deal; null when nothing is planned */
            nextActivity: components["schemas"]["NextActivity"] | null;
            /** @description the next activity is past its due time */
            overdue: boolean;
        };
        /** @description A page of DealCard records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        DealCardPage: {
            items: components["schemas"]["DealCard"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CurrencyAmount: {
            /** @example USD */
            currency: string;
            /**
             * @description in `currency`, at its minor units
             * @example 1200.00
             */
            amount: string;
        };
        StageTotal: {
            /** @example negotiation */
            stage: string;
            count: number;
            /** @description one entry per currency, by currency */
            amounts: components["schemas"]["CurrencyAmount"][];
        };
        DealTotals: {
            /** @description the stages that have deals, by stage id */
            stages: components["schemas"]["StageTotal"][];
        };
        /** @description One stage change of a lead or deal. */
        StageChange: {
            /**
             * @description the stage before; null for the first
             * @example new
             */
            from: string | null;
            /** @example qualified */
            to: string;
            /** Format: date-time */
            at: string;
            /**
             * Format: uuid
             * @description who moved it; null when a rule did
             */
            byUserId: string | null;
            /**
             * @description what caused it: `manual`, a rule’s path, an event
             * @example manual
             */
            cause: string;
            /**
             * @description the rule set (pipeline id, or `leads`)
             * @example b2b
             */
            ruleSetId: string;
            rulesVersion: number;
            /**
             * @description a move to a lost stage: why (the code of one of the rules’ loss reasons)
             * @example price
             */
            lossReason: string | null;
            /** @description the note of the person who gave the loss reason */
            lossNote: string | null;
        };
        /** @description A page of StageChange records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        StageChangePage: {
            items: components["schemas"]["StageChange"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateDeal: {
            /** @example ACME rollout */
            title?: string;
            /**
             * @description at most the currency’s decimals (USD 2, JPY 0, KWD 3): more answers 422. Set by hand: the amount no longer follows the deal’s product rows (`amountManual` becomes true)
             * @example 25000.00
             */
            amount?: string;
            /**
             * @description default: the pipeline's currency
             * @example USD
             */
            currency?: string;
            probability?: number | null;
            /**
             * Format: date
             * @example 2026-12-31
             */
            expectedCloseDate?: string | null;
            /**
             * @description the code of an active lead source (GET /api/v1/lead-sources); else 400
             * @example web
             */
            source?: string | null;
            /** Format: uuid */
            contactId?: string | null;
            /** Format: uuid */
            companyId?: string | null;
            /**
             * @description custom fields
             * @example {
             *       "segment": "enterprise"
             *     }
             */
            custom?: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
            /** @description false: the amount follows the total of the deal’s product rows again (recomputed at once; not with `amount`); true: the amount stays as it is */
            amountManual?: boolean;
        };
        DealProducts: {
            /** Format: uuid */
            dealId: string;
            /** @example USD */
            currency: string;
            /**
             * @description the deal’s amount (the rows’ total unless `amountManual`)
             * @example 1200.00
             */
            amount: string;
            /** @description the amount was set by hand and does not follow the rows */
            amountManual: boolean;
            /** @description in their order */
            rows: components["schemas"]["DocumentRow"][];
            /** @description the sums of the rows; `total` includes tax */
            totals: components["schemas"]["DocumentTotals"];
            /** @description the deal’s version (its ETag): If-Match of a replace */
            version: number;
        };
        ReplaceDealProducts: {
            /** @description the rows in their order, as a quote’s (a catalogue product as defaults, or a free row); an empty list removes them all */
            rows: components["schemas"]["DocumentRowInput"][];
        };
        MoveDeal: {
            /**
             * @description the stage to move to
             * @example negotiation
             */
            to: string;
            /** @description a head or admin closing an unpaid deal as won */
            override?: boolean;
            /**
             * @description why the deal is lost: the code of one of the loss reasons of the rules version the deal runs (`lossReasons` in its content). Required with a move to a lost stage when the rules name loss reasons; refused with a move to any other stage.
             * @example price
             */
            lossReason?: string;
            /**
             * @description a note on why the deal is lost (only with a move to a lost stage)
             * @example Went with the cheaper offer from Initech
             */
            lossNote?: string;
        };
        MigrateRules: {
            /**
             * @description a published version of the deal’s pipeline rules
             * @example 2
             */
            version: number;
        };
        AutomationClosed: {
            /**
             * @description the kind of the closing stage
             * @enum {string}
             */
            kind: "open" | "won" | "lost" | "converted" | "junk";
            /** Format: date-time */
            at: string;
        };
        PendingTimer: {
            id: string;
            /**
             * Format: date-time
             * @description when it fires
             */
            at: string;
            /** @enum {string} */
            kind: "transition" | "follow_up" | "overdue";
            /** @description what it will do, for people */
            description: string;
        };
        OpenFollowUp: {
            /** @description the rules’ key of the follow-up */
            key: string;
            /**
             * Format: uuid
             * @description the CRM activity, once created
             */
            activityId: string | null;
            /** @enum {string} */
            activity: "call" | "email" | "meeting" | "event" | "task";
            subject: string;
            /** Format: date-time */
            dueAt: string;
        };
        CausedStep: {
            /**
             * @description the rule that fired (a move: `stages[0].transitions[0]`) or the action it ran (`stages[1].on_enter[0]`)
             * @example stages[1].on_enter[0]
             */
            rule: string;
            /**
             * @description what it did, for people
             * @example send quote (template standard)
             */
            what: string;
            /**
             * @description the action’s type; null for a rule that moved the record
             * @example send_quote
             */
            action: string | null;
            /**
             * @description the key of the action’s effect, unique within the record; null for a move
             * @example quote#2/enter/0
             */
            key: string | null;
        };
        AutomationEvent: {
            /** Format: date-time */
            at: string;
            /**
             * @description the event that arrived (`event:<type>`), a rule that fired on its own (a timer’s path in the rules, `start`, `manual`, `migration`), or an effect’s note (`effect:<type>`)
             * @example event:activity_completed
             */
            rule: string;
            /** @description what happened, for people */
            what: string;
            /** @description what it caused, in order: the rules that fired and the actions they ran */
            caused: components["schemas"]["CausedStep"][];
        };
        /** @description What the automation does with the record: its stage, rules version, pending timers, open follow-ups and last events, read from its workflow. */
        Automation: {
            /** @example deal-5f0c… */
            workflowId: string;
            /** @enum {string} */
            kind: "deal" | "lead";
            /** Format: uuid */
            recordId: string;
            ruleSetId: string;
            rulesVersion: number;
            /** @description null while the record is starting */
            stage: string | null;
            /**
             * Format: date-time
             * @description when the record entered its stage; null while the record is starting
             */
            enteredAt: string | null;
            /** @description null while the record is open */
            closed: components["schemas"]["AutomationClosed"] | null;
            pendingTimers: components["schemas"]["PendingTimer"][];
            openFollowUps: components["schemas"]["OpenFollowUp"][];
            /** @description the last 50 events, newest first */
            lastEvents: components["schemas"]["AutomationEvent"][];
            /** @description a rules version the record moves to at its next safe point */
            pendingMigration: number | null;
            /** @description the workflow in the Temporal Web UI, when configured */
            temporalUiUrl: string | null;
        };
        CreateActivity: {
            /** @enum {string} */
            type: "call" | "email" | "meeting" | "event" | "task";
            /** @example Qualify ACME */
            subject: string;
            description?: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00Z
             */
            dueAt: string;
            durationMinutes?: number | null;
            /**
             * @description meetings only
             * @enum {string|null}
             */
            meetingMode?: "in_person" | "remote" | null;
            /**
             * Format: uuid
             * @description bind to a deal (or a lead, a contact, or a company): exactly one
             */
            dealId?: string;
            /** Format: uuid */
            leadId?: string;
            /** Format: uuid */
            contactId?: string;
            /** Format: uuid */
            companyId?: string;
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
            /** @description an `email` activity’s text (plain): given, the email is sent at once to the contact of the record (the subject is the activity’s), and the activity is done once it went out; see `email` in the answer */
            body?: string;
        };
        ActivityEmail: {
            /** @description the address it went to */
            to: string;
            /**
             * @description `sending`, `sent`, or `failed` (see `error`; `POST …/send` retries it)
             * @enum {string}
             */
            status: "sending" | "sent" | "failed";
            /** @description why it failed, as the mail server or transport said */
            error: string | null;
            /** Format: date-time */
            sentAt: string | null;
        };
        Activity: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /**
             * Format: uuid
             * @description the responsible user
             */
            responsibleId: string;
            /** @enum {string} */
            type: "call" | "email" | "meeting" | "event" | "task";
            /** @example Call Anna about the rollout */
            subject: string;
            description: string | null;
            /**
             * Format: date-time
             * @description when it is due
             */
            dueAt: string;
            durationMinutes: number | null;
            /**
             * @description a meeting’s; null otherwise
             * @enum {string|null}
             */
            meetingMode: "in_person" | "remote" | null;
            /** @enum {string} */
            status: "planned" | "done" | "cancelled";
            /** @description planned and past its due time */
            overdue: boolean;
            /**
             * @description set when done
             * @example interested
             */
            outcome: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /**
             * Format: uuid
             * @description the deal it is bound to (one of four)
             */
            dealId: string | null;
            /**
             * Format: uuid
             * @description the lead it is bound to
             */
            leadId: string | null;
            /**
             * Format: uuid
             * @description the contact it is bound to
             */
            contactId: string | null;
            /**
             * Format: uuid
             * @description the company it is bound to
             */
            companyId: string | null;
            /** @description created by the rules (a follow-up) */
            automated: boolean;
            /** @description an `email` activity created with a `body`: the email it sends; null otherwise */
            email: components["schemas"]["ActivityEmail"] | null;
        };
        /** @description A page of Activity records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        ActivityPage: {
            items: components["schemas"]["Activity"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ActivityCounters: {
            /** @description due today (in the time zone asked) */
            today: number;
            /** @description past their due time */
            overdue: number;
            /** @description open deals and leads with no planned activity at all */
            nothingPlanned: number;
        };
        UpdateActivity: {
            /** @example Qualify ACME */
            subject?: string;
            description?: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00Z
             */
            dueAt?: string;
            durationMinutes?: number | null;
            /**
             * @description meetings only
             * @enum {string|null}
             */
            meetingMode?: "in_person" | "remote" | null;
            /**
             * Format: uuid
             * @description bind to a deal (or a lead, a contact, or a company): exactly one
             */
            dealId?: string;
            /** Format: uuid */
            leadId?: string;
            /** Format: uuid */
            contactId?: string;
            /** Format: uuid */
            companyId?: string;
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
        };
        CompleteActivity: {
            /** @example interested */
            outcome?: string;
        };
        RescheduleActivity: {
            /**
             * Format: date-time
             * @example 2026-12-02T10:00:00Z
             */
            dueAt: string;
        };
        CreateLead: {
            /** @example Website request: 40 seats */
            title: string;
            /** @example Ann Lee */
            name?: string | null;
            /**
             * Format: email
             * @example ann@acme.test
             */
            email?: string | null;
            /** @example +1 555 010 0200 */
            phone?: string | null;
            /** @example ACME Corp */
            companyName?: string | null;
            /**
             * @description the code of an active lead source (GET /api/v1/lead-sources); else 400
             * @example web
             */
            source?: string | null;
            /**
             * @example {
             *       "budget": 8000
             *     }
             */
            custom?: Record<string, never>;
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
        };
        Lead: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set when archived (DELETE)
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
            /**
             * Format: uuid
             * @description the responsible user
             */
            responsibleId: string;
            /** @example Website enquiry: 20 seats */
            title: string;
            /**
             * @description the person
             * @example Anna Petrova
             */
            name: string | null;
            /** Format: email */
            email: string | null;
            phone: string | null;
            /** @example ACME Corp */
            companyName: string | null;
            /** @example web */
            source: string | null;
            /**
             * @description the rule set (`leads`)
             * @example leads
             */
            ruleSetId: string;
            /** @description the version of the lead rules the lead runs */
            rulesVersion: number;
            /**
             * @description the status (moves change it)
             * @example new
             */
            status: string;
            /**
             * @description open until converted or junk
             * @enum {string}
             */
            outcome: "open" | "converted" | "junk";
            /** @description custom fields */
            custom: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            convertedAt: string | null;
            /**
             * Format: uuid
             * @description the deal it became
             */
            convertedDealId: string | null;
            /**
             * Format: uuid
             * @description the contact it became or was linked to
             */
            convertedContactId: string | null;
            /**
             * Format: uuid
             * @description the company it became or was linked to
             */
            convertedCompanyId: string | null;
        };
        /** @description A page of Lead records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        LeadPage: {
            items: components["schemas"]["Lead"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateLead: {
            /** @example Website request: 40 seats */
            title?: string;
            /** @example Ann Lee */
            name?: string | null;
            /**
             * Format: email
             * @example ann@acme.test
             */
            email?: string | null;
            /** @example +1 555 010 0200 */
            phone?: string | null;
            /** @example ACME Corp */
            companyName?: string | null;
            /**
             * @description the code of an active lead source (GET /api/v1/lead-sources); else 400
             * @example web
             */
            source?: string | null;
            /**
             * @example {
             *       "budget": 8000
             *     }
             */
            custom?: Record<string, never>;
            /**
             * Format: uuid
             * @description the responsible user (default: you)
             */
            responsibleId?: string;
        };
        MoveLead: {
            /** @example in_progress */
            to: string;
        };
        ConvertDeal: {
            /** @example b2b */
            pipelineId: string;
            /** @description default: the lead's title */
            title?: string;
            /**
             * @description at most the currency’s decimals (USD 2, JPY 0, KWD 3): more answers 422
             * @example 8000.00
             */
            amount?: string;
        };
        ConvertLead: {
            /**
             * Format: uuid
             * @description link this contact
             */
            contactId?: string;
            /** @description create a contact from the lead (or link one with the same email or phone) */
            createContact?: boolean;
            /**
             * Format: uuid
             * @description link this company
             */
            companyId?: string;
            /** @description create a company from the lead (or link one with the same email or phone) */
            createCompany?: boolean;
            /** @description create a deal */
            deal?: components["schemas"]["ConvertDeal"];
        };
        ConvertedRecord: {
            /** Format: uuid */
            id: string;
            /** @description true when the conversion created it, false when it linked one */
            created: boolean;
        };
        LeadConversion: {
            /** @description the lead, converted */
            lead: components["schemas"]["Lead"];
            /** @description null when none was asked */
            contact: components["schemas"]["ConvertedRecord"] | null;
            /** @description null when none was asked */
            company: components["schemas"]["ConvertedRecord"] | null;
            /** @description null when no deal was asked */
            deal: components["schemas"]["Deal"] | null;
        };
        CreateLeadSource: {
            /**
             * @description what leads and deals store in `source`; fixed once created
             * @example web
             */
            code: string;
            /** @example Website form */
            name: string;
            /** @description whether new records may name it (default true) */
            active?: boolean;
        };
        LeadSource: {
            /** Format: uuid */
            id: string;
            /**
             * @description what leads and deals store in `source`
             * @example web
             */
            code: string;
            /** @example Website form */
            name: string;
            /** @description whether new records may name it */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the record’s version, also its ETag */
            version: number;
        };
        /** @description A page of LeadSource records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        LeadSourcePage: {
            items: components["schemas"]["LeadSource"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateLeadSource: {
            /** @example Website form */
            name?: string;
            /** @description whether new records may name it (default true) */
            active?: boolean;
        };
        RuleSetSummary: {
            /** @example b2b */
            id: string;
            /** @enum {string} */
            kind: "pipeline" | "lead";
            /**
             * @description as the latest version names it
             * @example B2B sales
             */
            name: string;
            latestVersion: number;
            /**
             * Format: date-time
             * @description when the latest version was published
             */
            publishedAt: string;
        };
        /** @description A page of RuleSetSummary records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        RuleSetSummaryPage: {
            items: components["schemas"]["RuleSetSummary"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RuleSetVersionSummary: {
            version: number;
            /** @description SHA-256 of the rules as they run */
            checksum: string;
            /** Format: date-time */
            publishedAt: string;
            /** @description who published it (name and user id), or `system` */
            publishedBy: string;
            note: string | null;
        };
        /** @description A page of RuleSetVersionSummary records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        RuleSetVersionSummaryPage: {
            items: components["schemas"]["RuleSetVersionSummary"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RuleSetVersion: {
            version: number;
            /** @description SHA-256 of the rules as they run */
            checksum: string;
            /** Format: date-time */
            publishedAt: string;
            /** @description who published it (name and user id), or `system` */
            publishedBy: string;
            note: string | null;
            /** @example b2b */
            id: string;
            /** @enum {string} */
            kind: "pipeline" | "lead";
            /** @example B2B sales */
            name: string;
            /** @description the rules as they run (the checked rules file) */
            content: {
                [key: string]: unknown;
            };
            /** @description the files by path: rules.yaml and templates/<name>.hbs */
            source: {
                [key: string]: string;
            };
        };
        RuleChange: {
            /** @enum {string} */
            change: "added" | "removed" | "changed";
            /** @description a stage id, `settings` or `template <name>` */
            where: string;
            text: string;
        };
        RuleSetDiff: {
            id: string;
            from: number;
            to: number;
            changes: components["schemas"]["RuleChange"][];
            /** @description the changes as text */
            text: string;
        };
        RuleFiles: {
            /**
             * @description The files of the rule set by path: rules.yaml and templates/<name>.hbs
             * @example {
             *       "rules.yaml": "kind: pipeline\nid: b2b\nname: B2B sales\nversion: 2\nstages: [...]\n",
             *       "templates/quote.hbs": "---\nsubject: Your quote {{quote.number}}\n---\n<p>...</p>\n"
             *     }
             */
            files: {
                [key: string]: string;
            };
        };
        RuleProblem: {
            /** @enum {string} */
            severity: "error" | "warning";
            /** @example rules.yaml */
            file: string;
            line: number;
            column: number;
            /**
             * @description where inside the rules
             * @example stages[2].transitions[0].to
             */
            path: string;
            message: string;
        };
        RulesValidation: {
            /** @description always true: invalid rules answer 422 */
            valid: boolean;
            /** @description the rules as they would run */
            rules: {
                [key: string]: unknown;
            };
            warnings: components["schemas"]["RuleProblem"][];
        };
        PublishRules: {
            /**
             * @description The files of the rule set by path: rules.yaml and templates/<name>.hbs
             * @example {
             *       "rules.yaml": "kind: pipeline\nid: b2b\nname: B2B sales\nversion: 2\nstages: [...]\n",
             *       "templates/quote.hbs": "---\nsubject: Your quote {{quote.number}}\n---\n<p>...</p>\n"
             *     }
             */
            files: {
                [key: string]: string;
            };
            /**
             * @description Why this version exists
             * @example shorter quote validity
             */
            note?: string;
        };
        RulesPublication: {
            /** @enum {string} */
            status: "published" | "unchanged";
            ruleSetId: string;
            version: number;
            checksum: string;
            warnings: components["schemas"]["RuleProblem"][];
        };
        SimulateRules: {
            /**
             * @description The files of the rule set by path: rules.yaml and templates/<name>.hbs
             * @example {
             *       "rules.yaml": "kind: pipeline\nid: b2b\nname: B2B sales\nversion: 2\nstages: [...]\n",
             *       "templates/quote.hbs": "---\nsubject: Your quote {{quote.number}}\n---\n<p>...</p>\n"
             *     }
             */
            files: {
                [key: string]: string;
            };
            /**
             * @description The scenario, in YAML (see docs/rules.md#dry-run)
             * @example name: Happy path
             *     record: { deal: { title: ACME, amount: "25000.00" } }
             *     events:
             *       - { at: 2h, activity_completed: { type: call, outcome: interested } }
             */
            scenario: string;
            /** @description Other rules to run the same scenario against, to compare timelines */
            against?: components["schemas"]["RuleFiles"];
        };
        TimelineEntry: {
            /** @description ms since the record was created */
            at: number;
            /** @example stage */
            kind: string;
            text: string;
        };
        Simulation: {
            /** @description the stage the record ends in */
            stage: string;
            /** @description when the record closed: `{ kind, at }` (won or lost; ms since created) */
            closed: {
                [key: string]: unknown;
            } | null;
            entries: components["schemas"]["TimelineEntry"][];
            /** @description the timeline as text, one entry a line */
            timeline: string;
            /** @description with `against`: where the two timelines differ */
            diff?: string;
        };
        ImpactRequest: {
            /** @description The candidate’s files by path (rules.yaml and templates/<name>.hbs), not published yet. Give `files` or `version`, not both. */
            files?: {
                [key: string]: string;
            };
            /** @description A published version of the rule set as the candidate. */
            version?: number;
            /**
             * Format: date-time
             * @description When the migration is previewed at (RFC 3339; default now): timers due by then fire in the preview.
             */
            at?: string;
            /** @description Which records to give as examples (default: all but `unaffected`). */
            kinds?: ("unaffected" | "changed" | "refused" | "failed" | "unknown")[];
            /**
             * @description examples to skip
             * @default 0
             */
            offset: number;
            /** @default 20 */
            limit: number;
        };
        ImpactCounts: {
            unaffected: number;
            changed: number;
            /** @description the migration would be refused: its stage is gone */
            refused: number;
            /** @description the replay throws (publishing such a version is refused) */
            failed: number;
            /** @description no inputs logged yet */
            unknown: number;
        };
        ImpactByStage: {
            unaffected: number;
            changed: number;
            /** @description the migration would be refused: its stage is gone */
            refused: number;
            /** @description the replay throws (publishing such a version is refused) */
            failed: number;
            /** @description no inputs logged yet */
            unknown: number;
            stage: string;
        };
        ImpactByResponsible: {
            unaffected: number;
            changed: number;
            /** @description the migration would be refused: its stage is gone */
            refused: number;
            /** @description the replay throws (publishing such a version is refused) */
            failed: number;
            /** @description no inputs logged yet */
            unknown: number;
            /** Format: uuid */
            responsibleId: string;
        };
        TimerChange: {
            /** @enum {string} */
            kind: "transition" | "follow_up" | "overdue";
            stage: string;
            /** @description what the timer will do, in the rules’ words */
            description: string;
            /**
             * Format: date-time
             * @description when it would fire (a re-timed one: the new time)
             */
            at: string;
            /**
             * Format: date-time
             * @description re-timed: when it fires today
             */
            from: string | null;
        };
        TriggeredAction: {
            /** @example stages[3].follow_up[0].do[0] */
            rule: string;
            /** @example send_email */
            action: string;
            /** @description the key of its effect (run once per record and key) */
            key: string;
            /** @example email contact (template quote-reminder) */
            what: string;
        };
        RecordImpact: {
            /** @enum {string} */
            recordKind: "deal" | "lead";
            /** Format: uuid */
            recordId: string;
            title: string;
            /** Format: uuid */
            responsibleId: string;
            /** @enum {string} */
            kind: "unaffected" | "changed" | "refused" | "failed" | "unknown";
            /** @description the stage it is in now */
            stage: string;
            /** @description the rules version it runs now */
            version: number;
            /** @description the stage it would be in right after the migration */
            stageAfter: string;
            /** @enum {string|null} */
            closedAfter: "won" | "lost" | "converted" | "junk" | null;
            timersAdded: components["schemas"]["TimerChange"][];
            timersRemoved: components["schemas"]["TimerChange"][];
            timersRetimed: components["schemas"]["TimerChange"][];
            /** @description follow-ups, emails, notifications… the migration would run at once */
            triggered: components["schemas"]["TriggeredAction"][];
            /** @description refused, failed or unknown: why */
            reason: string | null;
        };
        ImpactExamples: {
            items: components["schemas"]["RecordImpact"][];
            /** @description how many records are of the kinds asked for */
            total: number;
            offset: number;
            limit: number;
        };
        ImpactTimings: {
            /** @description reading the records and their inputs (ms) */
            readMs: number;
            /** @description replaying them through the interpreter (ms) */
            replayMs: number;
        };
        ImpactPreview: {
            /** @example b2b */
            ruleSetId: string;
            /** @description the candidate’s version */
            version: number;
            /**
             * Format: date-time
             * @description the instant the migration is previewed at (now)
             */
            at: string;
            /** @description open records of the rule set */
            total: number;
            counts: components["schemas"]["ImpactCounts"];
            /** @description by the stage the records are in now */
            byStage: components["schemas"]["ImpactByStage"][];
            byResponsible: components["schemas"]["ImpactByResponsible"][];
            examples: components["schemas"]["ImpactExamples"];
            timings: components["schemas"]["ImpactTimings"];
        };
        MigrationFilter: {
            /**
             * @description only records in these stages
             * @example [
             *       "negotiation"
             *     ]
             */
            stages?: string[];
            /**
             * Format: uuid
             * @description only records of these responsibles
             */
            responsibleIds?: string[];
            /**
             * Format: uuid
             * @description only these records (deals, or leads for lead rules)
             */
            recordIds?: string[];
        };
        StartMigration: {
            /** @description the version the records run now */
            fromVersion: number;
            /** @description the version to run them on (an earlier one rolls back) */
            toVersion: number;
            filter?: components["schemas"]["MigrationFilter"];
            /** @description why (kept with the migration) */
            note?: string;
            /**
             * @description records per batch: pause and cancel take effect between batches
             * @default 50
             */
            batchSize: number;
            /** @description its pace: at most this many records a second, on average, so that a large migration leaves room for the records' own work; unset or null: batch after batch as fast as they go */
            maxRecordsPerSecond?: number | null;
        };
        MigrationFilterView: {
            /** @description only records in these stages */
            stages: string[] | null;
            /** @description only records of these responsibles */
            responsibleIds: string[] | null;
            /** @description only these records */
            recordIds: string[] | null;
        };
        MigrationCounts: {
            /** @description moved to the new version */
            migrated: number;
            /** @description refused by the rules (its stage is gone, it closed) */
            refused: number;
            /** @description not reached (its workflow did not answer) */
            failed: number;
            /** @description its update sent, the outcome not noted yet */
            migrating: number;
        };
        RulesMigration: {
            /** Format: uuid */
            id: string;
            /** @example b2b */
            ruleSetId: string;
            /** @enum {string} */
            recordKind: "deal" | "lead";
            fromVersion: number;
            toVersion: number;
            /** @enum {string} */
            status: "running" | "paused" | "completed" | "cancelled";
            /** @description who started it (name and user id) */
            startedBy: string;
            /** Format: date-time */
            startedAt: string;
            /**
             * Format: date-time
             * @description when it completed or was cancelled
             */
            finishedAt: string | null;
            note: string | null;
            filter: components["schemas"]["MigrationFilterView"];
            batchSize: number;
            /** @description its pace in records a second (null: as fast as they go) */
            maxRecordsPerSecond: number | null;
            /** @description the records it took when it started */
            total: number;
            counts: components["schemas"]["MigrationCounts"];
            /** @description records it takes and has not reached (0 once completed) */
            remaining: number;
        };
        /** @description A page of RulesMigration records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        RulesMigrationPage: {
            items: components["schemas"]["RulesMigration"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        MigratedRecord: {
            /** Format: uuid */
            recordId: string;
            /** @enum {string} */
            outcome: "migrating" | "migrated" | "refused" | "failed";
            /** @description why it was refused or failed */
            reason: string | null;
            /** Format: date-time */
            at: string;
        };
        /** @description A page of MigratedRecord records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        MigratedRecordPage: {
            items: components["schemas"]["MigratedRecord"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ReportPeriod: {
            /**
             * Format: date
             * @description first day, in timeZone
             */
            from: string;
            /**
             * Format: date
             * @description last day, included
             */
            to: string;
            /** @example Europe/Berlin */
            timeZone: string;
            /**
             * Format: date-time
             * @description 00:00 of from in timeZone
             */
            start: string;
            /**
             * Format: date-time
             * @description 00:00 of the day after to in timeZone (exclusive)
             */
            end: string;
        };
        TimeInStage: {
            /** @description stays in the stage that ended in the period */
            stays: number;
            /** @description median of those stays, seconds; null when none */
            medianSeconds: number | null;
            /** @description 90th percentile of those stays, seconds; null when none */
            p90Seconds: number | null;
        };
        FunnelStageLinks: {
            /** @description the list of the records that reached the stage in the period */
            entered: string;
            /** @description the list of the records in the stage now */
            now: string;
            /** @description the list of the records lost from the stage in the period */
            lost: string;
        };
        FunnelStage: {
            /** @example quote */
            stage: string;
            /** @example Quote */
            name: string;
            /** @description records that reached the stage in the period */
            entered: number;
            /** @description their amounts, per currency (deals) */
            amount: components["schemas"]["CurrencyAmount"][];
            /** @description open records in the stage now */
            now: number;
            /** @description of those that entered, how many reached the next stage in the period */
            reachedNext: number;
            /** @description reachedNext / entered, 4 decimals; null when none entered */
            conversionToNext: number | null;
            /** @description of those that entered the first stage in the period, how many reached this one in it */
            reachedFromFirst: number;
            /** @description reachedFromFirst / entered of the first stage; null when none entered it */
            conversionFromFirst: number | null;
            /** @description records lost (junk) from this stage in the period */
            lost: number;
            lostAmount: components["schemas"]["CurrencyAmount"][];
            timeInStage: components["schemas"]["TimeInStage"];
            /** @description drill-down: list queries of exactly the records counted */
            drillDown: components["schemas"]["FunnelStageLinks"];
        };
        FunnelClose: {
            /** @example won */
            stage: string;
            count: number;
            /** @description won: what was won; lost: the deals’ amounts */
            amount: components["schemas"]["CurrencyAmount"][];
            /** @description drill-down: the list of exactly these records */
            drillDown: string;
        };
        LeadFunnelConversion: {
            contacts: number;
            companies: number;
            deals: number;
            /** @description average time from the lead’s creation to its conversion, seconds */
            averageSeconds: number | null;
        };
        FunnelReport: {
            /** @enum {string} */
            report: "deal-funnel" | "lead-funnel";
            /**
             * @description the pipeline (or the lead rules)
             * @example b2b
             */
            ruleSetId: string;
            /** @description the version whose stages and order the funnel uses */
            rulesVersion: number;
            period: components["schemas"]["ReportPeriod"];
            /** @description the open stages, in order */
            stages: components["schemas"]["FunnelStage"][];
            /** @description won (converted) in the period */
            won: components["schemas"]["FunnelClose"];
            /** @description lost (junk) in the period */
            lost: components["schemas"]["FunnelClose"];
            /** @description won / (won + lost); null when none closed */
            winRate: number | null;
            /** @description lead funnel only */
            converted?: components["schemas"]["LeadFunnelConversion"];
        };
        PreviousPeriod: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
        };
        SalesClosed: {
            count: number;
            /** @description won: what was won (payments received, else the amount); lost: the amounts */
            amount: components["schemas"]["CurrencyAmount"][];
            /** @description drill-down: the deal list of exactly these deals; null for a group the list cannot select (no source, no team) */
            drillDown: string | null;
        };
        SalesPayments: {
            count: number;
            amount: components["schemas"]["CurrencyAmount"][];
        };
        SalesFigures: {
            /** @description deals closed as won in the period */
            won: components["schemas"]["SalesClosed"];
            /** @description deals closed as lost in the period */
            lost: components["schemas"]["SalesClosed"];
            /** @description won / (won + lost), 4 decimals; null when none closed */
            winRate: number | null;
            /** @description what was won / deals won, per currency */
            averageDealSize: components["schemas"]["CurrencyAmount"][];
            /** @description mean seconds from created to closed of the deals won; null when none */
            averageCycleSeconds: number | null;
            /** @description payments applied to these deals' invoices, paid in the period */
            payments: components["schemas"]["SalesPayments"];
        };
        SalesGroup: {
            /** @description a user id, team id, pipeline id, source, month YYYY-MM or loss reason code; null: none */
            key: string | null;
            /** @description the user's or team's name, the loss reason's label (as the latest pipeline version naming it says); the key otherwise */
            label: string | null;
            current: components["schemas"]["SalesFigures"];
            /** @description the previous period of equal length; null when grouped by month */
            previous: components["schemas"]["SalesFigures"] | null;
        };
        SalesTotal: {
            current: components["schemas"]["SalesFigures"];
            previous: components["schemas"]["SalesFigures"];
        };
        SalesAnswer: {
            /** @enum {string} */
            report: "sales";
            /** @enum {string} */
            groupBy: "manager" | "team" | "pipeline" | "source" | "month" | "lossReason";
            period: components["schemas"]["ReportPeriod"];
            /** @description the days just before, as many */
            previousPeriod: components["schemas"]["PreviousPeriod"];
            /** @description groups with any figure in the period */
            groups: components["schemas"]["SalesGroup"][];
            /** @description every group together */
            total: components["schemas"]["SalesTotal"];
        };
        CountedActivities: {
            count: number;
            /** @description drill-down: the activity list of exactly these activities; null for a group the list cannot select (a responsible without a team) */
            drillDown: string | null;
        };
        ActivityFigures: {
            /** @description due in the period, whatever became of them */
            planned: components["schemas"]["CountedActivities"];
            /** @description completed in the period */
            done: components["schemas"]["CountedActivities"];
            /** @description completed in the period at or before their due time */
            doneOnTime: components["schemas"]["CountedActivities"];
            /** @description due in the period and before now, still planned */
            overdueNow: components["schemas"]["CountedActivities"];
            /** @description due in the period, cancelled */
            cancelled: components["schemas"]["CountedActivities"];
            /** @description created in the period by the rules */
            createdByRules: components["schemas"]["CountedActivities"];
            /** @description created in the period by a person */
            createdByHand: components["schemas"]["CountedActivities"];
        };
        ActivityGroup: {
            /** @description a user id, team id or activity type; null: responsibles without a team */
            key: string | null;
            /** @description the user's or team's name; the type otherwise */
            label: string | null;
            figures: components["schemas"]["ActivityFigures"];
        };
        RecordCounts: {
            deals: number;
            /** @description 0 when the report is of one pipeline */
            leads: number;
        };
        SupervisorCounters: {
            /** @description open deals and leads in scope with a planned activity overdue now */
            recordsWithOverdue: components["schemas"]["RecordCounts"];
            /** @description open deals and leads in scope with no planned activity at all */
            recordsWithNothingPlanned: components["schemas"]["RecordCounts"];
        };
        ActivityReport: {
            /** @enum {string} */
            report: "activity";
            /** @enum {string} */
            groupBy: "manager" | "team" | "type";
            period: components["schemas"]["ReportPeriod"];
            /**
             * Format: date-time
             * @description the instant of overdueNow and the counters
             */
            now: string;
            /** @description groups with any figure in the period */
            groups: components["schemas"]["ActivityGroup"][];
            /** @description every group together */
            total: components["schemas"]["ActivityFigures"];
            /** @description now, whatever the period */
            counters: components["schemas"]["SupervisorCounters"];
        };
        ForecastMonth: {
            /** @description open deals */
            count: number;
            /** @description their amounts, per currency */
            amount: components["schemas"]["CurrencyAmount"][];
            /** @description Σ amount × probability / 100 per currency; a deal without a probability weighs 0 */
            weighted: components["schemas"]["CurrencyAmount"][];
            /** @description of them, the deals without a probability */
            withoutProbability: number;
            /** @description drill-down: the deal list of exactly these deals; null for a group the list cannot select (no team) */
            drillDown: string | null;
            /**
             * @description the expected close month
             * @example 2026-03
             */
            month: string;
        };
        ForecastFigures: {
            /** @description open deals */
            count: number;
            /** @description their amounts, per currency */
            amount: components["schemas"]["CurrencyAmount"][];
            /** @description Σ amount × probability / 100 per currency; a deal without a probability weighs 0 */
            weighted: components["schemas"]["CurrencyAmount"][];
            /** @description of them, the deals without a probability */
            withoutProbability: number;
            /** @description drill-down: the deal list of exactly these deals; null for a group the list cannot select (no team) */
            drillDown: string | null;
        };
        ForecastGroup: {
            /** @description a user id, team id or pipeline id; null: responsibles without a team */
            key: string | null;
            /** @description the user's or team's name; the key otherwise */
            label: string | null;
            /** @description the months with any of these deals */
            months: components["schemas"]["ForecastMonth"][];
            total: components["schemas"]["ForecastFigures"];
        };
        ForecastTotal: {
            months: components["schemas"]["ForecastMonth"][];
            total: components["schemas"]["ForecastFigures"];
        };
        ForecastReport: {
            /** @enum {string} */
            report: "forecast";
            /** @enum {string} */
            groupBy: "manager" | "team" | "pipeline";
            period: components["schemas"]["ReportPeriod"];
            /** @description groups with open deals expected to close in the period */
            groups: components["schemas"]["ForecastGroup"][];
            /** @description every group together */
            total: components["schemas"]["ForecastTotal"];
            /** @description open deals in scope with no expected close date */
            undated: components["schemas"]["ForecastFigures"];
        };
        AutomationFigures: {
            /** @description activities the rules created in the period */
            followUpsCreated: number;
            /** @description activities the rules created that were completed in the period */
            followUpsDone: number;
            /** @description emails the rules sent in the period (quotes, invoices and notifications included) */
            emailsSent: number;
            /** @description emails of the rules written in the period and not (yet) handed to the mail server */
            emailsNotSent: number;
            /** @description escalations (when_overdue) that fired in the period: each firing once */
            escalations: number;
            /** @description quotes the rules chose to send in the period */
            quotesSent: number;
            /** @description send_quote actions in the period that found no draft quote to send */
            quotesNotSent: number;
            /** @description invoices the rules issued in the period */
            invoicesIssued: number;
            /** @description stage moves by a transition on an event */
            movesOnEvents: number;
            /** @description stage moves by a transition after a time (timed moves) */
            timedMoves: number;
            /** @description stage moves by a transition whose condition came to hold */
            conditionMoves: number;
            /** @description stage moves by an escalation */
            escalationMoves: number;
            /** @description timed moves pending now */
            pendingMoves: number;
            /** @description follow-ups pending now */
            pendingFollowUps: number;
            /** @description escalation checks pending now */
            pendingEscalations: number;
        };
        AutomationRow: {
            /** @enum {string} */
            kind: "deal" | "lead";
            /**
             * @description the pipeline, or the lead rules
             * @example b2b
             */
            ruleSetId: string;
            version: number;
            /** @description the rules’ name */
            name: string | null;
            figures: components["schemas"]["AutomationFigures"];
        };
        AutomationReport: {
            /** @enum {string} */
            report: "automation";
            period: components["schemas"]["ReportPeriod"];
            /**
             * Format: date-time
             * @description the instant the pending timers are counted at
             */
            now: string;
            /** @description per rules version with anything done in the period or pending now */
            rulesVersions: components["schemas"]["AutomationRow"][];
            /** @description every version together */
            total: components["schemas"]["AutomationFigures"];
        };
        WatchedActivity: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "call" | "email" | "meeting" | "event" | "task";
            /** @example Qualify ACME rollout */
            subject: string;
        };
        UpcomingAutomation: {
            /** @enum {string} */
            recordKind: "deal" | "lead";
            /** Format: uuid */
            recordId: string;
            /**
             * @description the deal’s or lead’s title
             * @example ACME rollout
             */
            recordTitle: string;
            /**
             * Format: uuid
             * @description the record’s responsible user
             */
            responsibleId: string;
            /**
             * @description the stage the timer belongs to
             * @example new
             */
            stage: string;
            /**
             * Format: date-time
             * @description when it fires
             */
            at: string;
            /**
             * @description `transition`: the record moves to `moveTo`; `follow_up`: a repeated reminder; `overdue`: an escalation of an activity still open after its due time
             * @enum {string}
             */
            kind: "transition" | "follow_up" | "overdue";
            /**
             * @description the stage it moves the record to
             * @example lost
             */
            moveTo: string | null;
            /**
             * @description what it does: the rules’ action types (`move` for a move)
             * @example [
             *       "send_email"
             *     ]
             */
            actions: string[];
            /** @description follow-ups: which repetition */
            occurrence: number | null;
            /** @description follow-ups: of how many (null: no limit) */
            times: number | null;
            /** @description escalations: the activity they watch */
            activity: components["schemas"]["WatchedActivity"] | null;
            /**
             * @description in the rules’ words
             * @example move to lost after 14d in new
             */
            description: string;
        };
        UpcomingAutomationList: {
            /** @description soonest first */
            items: components["schemas"]["UpcomingAutomation"][];
        };
        TimelineStageChange: {
            /** @description null for the first stage */
            from: string | null;
            to: string;
            /** @description the rule that moved it, or `manual`, `created`, `converted` */
            cause: string;
            ruleSetId: string;
            rulesVersion: number;
            /**
             * @description a move to a lost stage: why (the code of one of the rules’ loss reasons)
             * @example price
             */
            lossReason: string | null;
            /** @description the note of the person who gave the loss reason */
            lossNote: string | null;
        };
        TimelineActivity: {
            /** @enum {string} */
            type: "call" | "email" | "meeting" | "event" | "task";
            subject: string;
            description: string | null;
            /** @enum {string} */
            status: "planned" | "done" | "cancelled";
            /** Format: date-time */
            dueAt: string;
            outcome: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** @description created by the rules */
            automated: boolean;
        };
        TimelineEmail: {
            /** @description the address it was sent to */
            to: string;
            subject: string;
            /** @description its text (plain); null for mail sent before it was kept */
            body: string | null;
            /**
             * @description `sending` while the mail server has it, `sent`, or `failed` (see `error`)
             * @enum {string}
             */
            status: "sending" | "sent" | "failed";
            /** @description why it failed */
            error: string | null;
            /** Format: date-time */
            sentAt: string | null;
        };
        TimelineQuote: {
            /** @example Q-2026-00042 */
            number: string;
            /** @enum {string} */
            status: "draft" | "sent" | "accepted" | "declined" | "expired";
            /**
             * @description at the currency’s minor units
             * @example 1200.00
             */
            total: string;
            /** @example USD */
            currency: string;
            /** Format: date */
            validUntil: string | null;
        };
        TimelineInvoice: {
            /** @example INV-2026-00042 */
            number: string;
            /** @enum {string} */
            status: "draft" | "sent" | "partially_paid" | "paid" | "overdue" | "cancelled";
            /**
             * @description at the currency’s minor units
             * @example 1200.00
             */
            total: string;
            /**
             * @description at the currency’s minor units
             * @example 1200.00
             */
            amountPaid: string;
            /** @example USD */
            currency: string;
            /** Format: date */
            dueDate: string;
        };
        TimelinePayment: {
            /**
             * @description at the currency’s minor units
             * @example 1200.00
             */
            amount: string;
            /** @example USD */
            currency: string;
            /** Format: date-time */
            paidAt: string;
            /** Format: uuid */
            invoiceId: string;
            invoiceNumber: string;
        };
        TimelineComment: {
            body: string;
            /** @description the http(s) links in the text, in order */
            links: string[];
            /** Format: date-time */
            editedAt: string | null;
            /** @description send it in If-Match to change or delete the comment */
            version: number;
        };
        TimelineItem: {
            /**
             * Format: uuid
             * @description the id of the stage change, activity, email, document, payment or comment
             */
            id: string;
            /** @enum {string} */
            kind: "stage_change" | "activity" | "email" | "quote" | "invoice" | "payment" | "comment";
            /**
             * Format: date-time
             * @description when it happened: a stage change’s time, when an activity, email, document or comment was created, when a payment was received
             */
            at: string;
            /**
             * Format: uuid
             * @description who did it: the mover, the activity’s or document’s responsible, a comment’s author; null for the rules, emails and payments
             */
            actorId: string | null;
            /** @description kind `stage_change` */
            stageChange: components["schemas"]["TimelineStageChange"] | null;
            /** @description kind `activity` */
            activity: components["schemas"]["TimelineActivity"] | null;
            /** @description kind `email` */
            email: components["schemas"]["TimelineEmail"] | null;
            /** @description kind `quote` */
            quote: components["schemas"]["TimelineQuote"] | null;
            /** @description kind `invoice` */
            invoice: components["schemas"]["TimelineInvoice"] | null;
            /** @description kind `payment` */
            payment: components["schemas"]["TimelinePayment"] | null;
            /** @description kind `comment` */
            comment: components["schemas"]["TimelineComment"] | null;
        };
        /** @description A page of TimelineItem records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        TimelineItemPage: {
            items: components["schemas"]["TimelineItem"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CommentBody: {
            /**
             * @description plain text, 5000 characters at most, not blank
             * @example They find it too expensive this year; call back in May. Price list: https://acme.test/p
             */
            body: string;
        };
        Comment: {
            /** Format: uuid */
            id: string;
            /**
             * @description the kind of record it is on
             * @enum {string}
             */
            recordType: "lead" | "deal" | "contact" | "company";
            /**
             * Format: uuid
             * @description the record it is on
             */
            recordId: string;
            /**
             * Format: uuid
             * @description who wrote it
             */
            authorId: string;
            /**
             * @description plain text, as written
             * @example Too expensive for them this year
             */
            body: string;
            /** @description the http(s) links in the text, in order */
            links: string[];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description when its author last changed the text
             */
            editedAt: string | null;
            /** @description its version, also its ETag */
            version: number;
        };
        CreateWebhookEndpoint: {
            /**
             * @description what the rules call it (post_webhook: { endpoint: erp, … })
             * @example erp
             */
            name: string;
            /**
             * Format: uri
             * @example https://erp.example.com/hooks/voronka
             */
            url: string;
            /**
             * @description the events it receives, as the rules name them (post_webhook: { event })
             * @example [
             *       "deal.won"
             *     ]
             */
            events: string[];
        };
        CreatedWebhookEndpoint: {
            /** Format: uuid */
            id: string;
            /** @example erp */
            name: string;
            /** @example https://erp.example.com/hooks/voronka */
            url: string;
            /**
             * @example [
             *       "deal.won"
             *     ]
             */
            events: string[];
            /** Format: date-time */
            createdAt: string;
            /**
             * @description signs every delivery: x-voronka-signature is sha256= and the hex HMAC-SHA256 of "<x-voronka-timestamp>.<body>"; shown only now
             * @example whsec_3q2-7wE…
             */
            secret: string;
        };
        WebhookEndpoint: {
            /** Format: uuid */
            id: string;
            /** @example erp */
            name: string;
            /** @example https://erp.example.com/hooks/voronka */
            url: string;
            /**
             * @example [
             *       "deal.won"
             *     ]
             */
            events: string[];
            /** Format: date-time */
            createdAt: string;
        };
        WebhookAttempt: {
            number: number;
            /** Format: date-time */
            at: string;
            /** @description the HTTP status; null when no answer came */
            status: number | null;
            /** @description the first 1,000 characters of the answer, or why there was none */
            answer: string | null;
            durationMs: number;
        };
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description the delivery id (x-voronka-delivery), the same on every attempt
             */
            id: string;
            /** @example deal.won */
            event: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            /** @description the body sent, as sent */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** @description why it was given up, after the last attempt */
            failure: string | null;
            attempts: components["schemas"]["WebhookAttempt"][];
        };
        /** @description A page of WebhookDelivery records, in a stable order: pass `nextCursor` as `cursor` for the next page. */
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description how many records match the filters */
            total: number;
            /** @description the page size asked for */
            limit: number;
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description One invalid field and what is wrong with it. */
        FieldProblem: {
            /**
             * @description a dotted path into the body, the query or the path (`rows.1.quantity`), or a header name
             * @example amount
             */
            field: string;
            /** @example amount must be a non-negative decimal with at most 2 decimals */
            problem: string;
        };
        /** @description RFC 9457 problem details. `type` names what went wrong (it resolves to its description under /problems); members beyond these are extensions of the type. */
        Problem: {
            /**
             * Format: uri-reference
             * @description the problem type: `/problems/<code>`, described at that path of the API
             * @example /problems/invalid-fields
             */
            type: string;
            /** @example invalid fields */
            title: string;
            /** @example 400 */
            status: number;
            /** @description what went wrong this time, for people */
            detail?: string;
            /**
             * Format: uri-reference
             * @description the path and query of the request
             */
            instance?: string;
            /** @description each field that is wrong (invalid fields; also a reused idempotency key) */
            errors?: components["schemas"]["FieldProblem"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the process is alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description database and Temporal answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description names each dependency that is down (`down`) and why (`checks`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    listProblemTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every problem type, with its status and meaning */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemType"][];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the last segment of a problem’s `type` */
                type: "invalid-fields" | "not-found" | "unauthenticated" | "forbidden" | "stale-version" | "invalid-if-match" | "duplicate" | "state-conflict" | "transition-refused" | "invalid-rules" | "invalid-scenario" | "rules-version-conflict" | "rules-missing" | "rules-break-records" | "user-inactive" | "workflow-unavailable" | "service-unavailable" | "body-too-large" | "unsupported-media-type" | "sign-in-failed" | "sign-in-locked" | "csrf-token-invalid" | "last-admin" | "rate-limited" | "idempotency-key-reused" | "idempotency-key-in-use" | "internal-error";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description what the problem type means and what to do */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemType"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    receivePayment: {
        parameters: {
            query?: never;
            header: {
                /** @description sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" under the signing secret> (401 when missing or wrong) */
                "x-voronka-signature": string;
                /** @description Unix seconds; at most 5 minutes off (401 otherwise) */
                "x-voronka-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentReport"];
            };
        };
        responses: {
            /** @description a repeat of an earlier delivery: its original answer */
            200: {
                headers: {
                    /** @description `true` */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppliedPayment"] | components["schemas"]["UnmatchedPayment"];
                };
            };
            /** @description applied to its invoice */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppliedPayment"];
                };
            };
            /** @description no invoice has its number: kept as unmatched for review */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnmatchedPayment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                status?: "applied" | "unmatched";
                invoiceId?: string;
                /** @description search in the external id and the invoice number */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the payments received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the payment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    showQuotePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the signed, expiring token of the link in the quote email */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the quote, with buttons to accept or decline it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description the link is not valid, or its quote no longer exists */
            404: {
                headers: {
                    /** @description `no-store` */
                    "Cache-Control"?: string;
                    /** @description `no-referrer` */
                    "Referrer-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the link has expired */
            410: {
                headers: {
                    /** @description `no-store` */
                    "Cache-Control"?: string;
                    /** @description `no-referrer` */
                    "Referrer-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptQuoteByLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the signed, expiring token of the link in the quote email */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description accepted (or accepted already): thanks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description the link is not valid, or its quote no longer exists */
            404: {
                headers: {
                    /** @description `no-store` */
                    "Cache-Control"?: string;
                    /** @description `no-referrer` */
                    "Referrer-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the quote was answered otherwise already, or can no longer be answered */
            409: {
                headers: {
                    /** @description `no-store` */
                    "Cache-Control"?: string;
                    /** @description `no-referrer` */
                    "Referrer-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the link has expired */
            410: {
                headers: {
                    /** @description `no-store` */
                    "Cache-Control"?: string;
                    /** @description `no-referrer` */
                    "Referrer-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    declineQuoteByLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the signed, expiring token of the link in the quote email */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description declined (or declined already): thanks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description the link is not valid, or its quote no longer exists */
            404: {
                headers: {
                    /** @description `no-store` */
                    "Cache-Control"?: string;
                    /** @description `no-referrer` */
                    "Referrer-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the quote was answered otherwise already, or can no longer be answered */
            409: {
                headers: {
                    /** @description `no-store` */
                    "Cache-Control"?: string;
                    /** @description `no-referrer` */
                    "Referrer-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the link has expired */
            410: {
                headers: {
                    /** @description `no-store` */
                    "Cache-Control"?: string;
                    /** @description `no-referrer` */
                    "Referrer-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the user the API key or the session belongs to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of teams, by name unless `sort` says otherwise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeam"];
            };
        };
        responses: {
            /** @description the team */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/duplicate`: duplicate; `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/duplicate" | "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                role?: "admin" | "salesops" | "head" | "manager" | "integration";
                teamId?: string;
                /** @description text search in name and email */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            /** @description the user */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/duplicate`: duplicate; `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/duplicate" | "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the user */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateUser"];
            };
        };
        responses: {
            /** @description the user as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/last-admin`: last admin; `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/last-admin" | "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the user’s keys, oldest first unless `sort` says otherwise, revoked ones included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    issueApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description the key, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/user-inactive`: user inactive */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/user-inactive";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked (revoking it again changes nothing) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the session of this browser */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description signed in: the session cookie is set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/sign-in-failed`: sign-in failed */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/sign-in-failed";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/sign-in-locked`: too many failed sign-ins */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/sign-in-locked";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfterSeconds?: number;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out: the session has ended on the server */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordReset"];
            };
        };
        responses: {
            /** @description if the email is an active user’s, a link to set a new password is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedView"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPassword"];
            };
        };
        responses: {
            /** @description the password is set and the user signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Invitation"];
            };
        };
        responses: {
            /** @description the user is created and the email sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/duplicate`: duplicate; `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/duplicate" | "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    reinviteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a new invitation email is sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    setPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Preferences"];
            };
        };
        responses: {
            /** @description the language and time zone are kept; a field left out stays as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserView"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    streamChanges: {
        parameters: {
            query?: never;
            header?: {
                /** @description the id of the last event received: the stream starts with the changes after it still in the feed (another value is ignored) */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `change` events, each `{ kind, id, dealId, leadId }` (kind: deal, lead, activity, quote, invoice, contact, company), with its feed position as the event id; `ping` events keep the stream open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                responsibleId?: string;
                /** @description text search in name, email and phone */
                q?: string;
                /** @description list archived records instead */
                archived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the companies the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompany"];
            };
        };
        responses: {
            /** @description the company */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the company */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description archived (kept for the history that refers to it) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateCompany"];
            };
        };
        responses: {
            /** @description the company as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                responsibleId?: string;
                companyId?: string;
                /** @description text search in name, email and phone */
                q?: string;
                /** @description list archived records instead */
                archived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the contacts the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContact"];
            };
        };
        responses: {
            /** @description the contact */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the contact */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description archived (kept for the history that refers to it) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateContact"];
            };
        };
        responses: {
            /** @description the contact as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                /** @description text search in name and SKU */
                q?: string;
                currency?: string;
                /** @description list archived products instead */
                archived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of products */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProduct"];
            };
        };
        responses: {
            /** @description the product */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/duplicate`: duplicate; `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/duplicate" | "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the product */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description archived: quotes and invoices keep referring to it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateProduct"];
            };
        };
        responses: {
            /** @description the product as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/duplicate`: duplicate; `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/duplicate" | "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuotes: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                dealId?: string;
                responsibleId?: string;
                companyId?: string;
                contactId?: string;
                /** @description search in the number */
                q?: string;
                /** @description list archived documents instead */
                archived?: boolean;
                status?: "draft" | "sent" | "accepted" | "declined" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the quotes the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotePage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuote"];
            };
        };
        responses: {
            /** @description the quote, a draft */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the quote */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description archived; its number stays taken */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateQuote"];
            };
        };
        responses: {
            /** @description the quote as changed; rows and totals recomputed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version; `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version" | "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getQuotePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the quote as PDF (inline, named by its number) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description accepted: the deal moves on as its rules say */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    declineQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description declined */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                dealId?: string;
                responsibleId?: string;
                companyId?: string;
                contactId?: string;
                /** @description search in the number */
                q?: string;
                /** @description list archived documents instead */
                archived?: boolean;
                status?: "draft" | "sent" | "partially_paid" | "paid" | "overdue" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the invoices the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvoice"];
            };
        };
        responses: {
            /** @description the invoice, a draft */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the invoice */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description archived; its number stays taken */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateInvoice"];
            };
        };
        responses: {
            /** @description the invoice as changed; rows and totals recomputed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version; `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version" | "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the invoice as PDF (inline, named by its number) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuoteTemplates: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description search in the name */
                q?: string;
                currency?: string;
                /** @description list archived templates instead */
                archived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of templates, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteTemplatePage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createQuoteTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuoteTemplate"];
            };
        };
        responses: {
            /** @description the template */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteTemplate"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/duplicate`: duplicate; `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/duplicate" | "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getQuoteTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the template */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteTemplate"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveQuoteTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description archived: no quote is made from it any more, and rules naming it no longer publish */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateQuoteTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateQuoteTemplate"];
            };
        };
        responses: {
            /** @description the template as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteTemplate"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createQuoteFromTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuoteFromTemplate"];
            };
        };
        responses: {
            /** @description the quote, a draft */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeals: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                /** @description records whose responsible is in this team */
                teamId?: string;
                /** @description records that reached this stage (entered it or a later one; a won or lost stage: entered it), as the funnel counts */
                reachedStage?: string;
                /** @description reachedStage reached at or after (RFC 3339) */
                reachedFrom?: string;
                /** @description reachedStage reached before (RFC 3339) */
                reachedTo?: string;
                /** @description with a lost (junk) reachedStage: the stage the record was lost from */
                lostFromStage?: string;
                responsibleId?: string;
                pipelineId?: string;
                stage?: string;
                outcome?: "open" | "won" | "lost";
                companyId?: string;
                contactId?: string;
                source?: string;
                /** @description lost for this reason (the code of a loss reason of the pipeline’s rules) */
                lossReason?: string;
                /** @description closed (won or lost) at or after (RFC 3339) */
                closedFrom?: string;
                /** @description closed before (RFC 3339) */
                closedTo?: string;
                /** @description amount at least */
                amountMin?: string;
                /** @description amount below */
                amountMax?: string;
                /** @description search in the title */
                q?: string;
                /** @description list archived deals instead */
                archived?: boolean;
                /** @description expected to close on or after this day */
                expectedCloseFrom?: string;
                /** @description expected to close before this day */
                expectedCloseTo?: string;
                /** @description false: only deals without an expected close date; true: only those with one */
                hasExpectedClose?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the deals the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeal"];
            };
        };
        responses: {
            /** @description in the first stage of the pipeline's latest rules version */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealCards: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                /** @description records whose responsible is in this team */
                teamId?: string;
                /** @description records that reached this stage (entered it or a later one; a won or lost stage: entered it), as the funnel counts */
                reachedStage?: string;
                /** @description reachedStage reached at or after (RFC 3339) */
                reachedFrom?: string;
                /** @description reachedStage reached before (RFC 3339) */
                reachedTo?: string;
                /** @description with a lost (junk) reachedStage: the stage the record was lost from */
                lostFromStage?: string;
                responsibleId?: string;
                pipelineId?: string;
                stage?: string;
                outcome?: "open" | "won" | "lost";
                companyId?: string;
                contactId?: string;
                source?: string;
                /** @description lost for this reason (the code of a loss reason of the pipeline’s rules) */
                lossReason?: string;
                /** @description closed (won or lost) at or after (RFC 3339) */
                closedFrom?: string;
                /** @description closed before (RFC 3339) */
                closedTo?: string;
                /** @description amount at least */
                amountMin?: string;
                /** @description amount below */
                amountMax?: string;
                /** @description search in the title */
                q?: string;
                /** @description list archived deals instead */
                archived?: boolean;
                /** @description expected to close on or after this day */
                expectedCloseFrom?: string;
                /** @description expected to close before this day */
                expectedCloseTo?: string;
                /** @description false: only deals without an expected close date; true: only those with one */
                hasExpectedClose?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the deals the caller may see, as cards */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealCardPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getDealTotals: {
        parameters: {
            query?: {
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                /** @description records whose responsible is in this team */
                teamId?: string;
                /** @description records that reached this stage (entered it or a later one; a won or lost stage: entered it), as the funnel counts */
                reachedStage?: string;
                /** @description reachedStage reached at or after (RFC 3339) */
                reachedFrom?: string;
                /** @description reachedStage reached before (RFC 3339) */
                reachedTo?: string;
                /** @description with a lost (junk) reachedStage: the stage the record was lost from */
                lostFromStage?: string;
                responsibleId?: string;
                pipelineId?: string;
                outcome?: "open" | "won" | "lost";
                companyId?: string;
                contactId?: string;
                source?: string;
                /** @description lost for this reason (the code of a loss reason of the pipeline’s rules) */
                lossReason?: string;
                /** @description closed (won or lost) at or after (RFC 3339) */
                closedFrom?: string;
                /** @description closed before (RFC 3339) */
                closedTo?: string;
                /** @description amount at least */
                amountMin?: string;
                /** @description amount below */
                amountMax?: string;
                /** @description search in the title */
                q?: string;
                /** @description list archived deals instead */
                archived?: boolean;
                /** @description expected to close on or after this day */
                expectedCloseFrom?: string;
                /** @description expected to close before this day */
                expectedCloseTo?: string;
                /** @description false: only deals without an expected close date; true: only those with one */
                hasExpectedClose?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the stages that have deals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealTotals"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the deal */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description archived */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateDeal"];
            };
        };
        responses: {
            /** @description the deal as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealHistory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of stage changes, oldest first: from, to, when, by whom or which rule, rules version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageChangePage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getDealProducts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rows in their order, their totals and the deal’s amount */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealProducts"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceDealProducts: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceDealProducts"];
            };
        };
        responses: {
            /** @description the rows as stored, their totals and the deal’s amount */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealProducts"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    moveDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveDeal"];
            };
        };
        responses: {
            /** @description moved; the stage history has the change */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version; `/problems/state-conflict`: state conflict; `/problems/transition-refused`: transition refused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version" | "/problems/state-conflict" | "/problems/transition-refused";
                        /** @enum {integer} */
                        status?: 409;
                        /**
                         * @description why the rules refused it
                         * @example not_allowed
                         */
                        code?: string;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable; `/problems/workflow-unavailable`: workflow unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable" | "/problems/workflow-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    migrateDealRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MigrateRules"];
            };
        };
        responses: {
            /** @description the deal runs the new version from the next safe point; its history says so */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable; `/problems/workflow-unavailable`: workflow unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable" | "/problems/workflow-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getDealAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description stage, rules version, pending timers, open follow-ups, last events, each with what it caused (the rules that fired and the actions they ran); a link to the workflow in the Temporal UI */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Automation"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable; `/problems/workflow-unavailable`: workflow unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable" | "/problems/workflow-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listActivities: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                responsibleId?: string;
                type?: "call" | "email" | "meeting" | "event" | "task";
                status?: "planned" | "done" | "cancelled";
                dealId?: string;
                leadId?: string;
                contactId?: string;
                companyId?: string;
                /** @description due at or after */
                dueFrom?: string;
                /** @description due before */
                dueTo?: string;
                /** @description search in the subject */
                q?: string;
                /** @description list archived activities instead */
                archived?: boolean;
                /** @description only the activities of this team's members */
                teamId?: string;
                /** @description only activities of deals in this pipeline */
                pipelineId?: string;
                /** @description completed at or after */
                completedFrom?: string;
                /** @description completed before */
                completedTo?: string;
                /** @description true: completed at or before due; false: completed after it */
                onTime?: boolean;
                /** @description rules: created by the automation; hand: by a person */
                origin?: "rules" | "hand";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the activities the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivity"];
            };
        };
        responses: {
            /** @description the activity, planned; an email activity with a `body`: done once its email went out, else planned with the email failed and why */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listActivitiesDueToday: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                /** @description whose agenda (default: yours); within what you may see */
                userId?: string;
                /** @description the day of "today" (default UTC) */
                timeZone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description planned activities due today (in timeZone) for you or userId */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listOverdueActivities: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                /** @description whose agenda (default: yours); within what you may see */
                userId?: string;
                /** @description the day of "today" (default UTC) */
                timeZone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description planned activities past their due time, for you or userId */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    countActivities: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                /** @description whose agenda (default: yours); within what you may see */
                userId?: string;
                /** @description the day of "today" (default UTC) */
                timeZone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description how many are due today, how many are overdue, and how many open deals and leads have nothing planned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityCounters"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the activity */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description archived */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateActivity"];
            };
        };
        responses: {
            /** @description the activity as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version; `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version" | "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    completeActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CompleteActivity"];
            };
        };
        responses: {
            /** @description done, with its outcome */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version; `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version" | "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    rescheduleActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleActivity"];
            };
        };
        responses: {
            /** @description the activity, due at the new time */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version; `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version" | "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cancelled */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version; `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version" | "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    sendActivityEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the activity, with the email’s new status */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeads: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
                /** @description records whose responsible is in this team */
                teamId?: string;
                /** @description records that reached this stage (entered it or a later one; a won or lost stage: entered it), as the funnel counts */
                reachedStage?: string;
                /** @description reachedStage reached at or after (RFC 3339) */
                reachedFrom?: string;
                /** @description reachedStage reached before (RFC 3339) */
                reachedTo?: string;
                /** @description with a lost (junk) reachedStage: the stage the record was lost from */
                lostFromStage?: string;
                responsibleId?: string;
                status?: string;
                outcome?: "open" | "converted" | "junk";
                source?: string;
                /** @description text search in title, name, company, email and phone */
                q?: string;
                /** @description list archived leads instead */
                archived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the leads the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLead"];
            };
        };
        responses: {
            /** @description in the first status of the lead rules */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields; `/problems/rules-missing`: rules missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields" | "/problems/rules-missing";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the lead */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description archived */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateLead"];
            };
        };
        responses: {
            /** @description the lead as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeadHistory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of status changes, oldest first: from, to, when, by whom or which rule, rules version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageChangePage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    moveLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveLead"];
            };
        };
        responses: {
            /** @description moved; the status history has the change */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version; `/problems/state-conflict`: state conflict; `/problems/transition-refused`: transition refused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version" | "/problems/state-conflict" | "/problems/transition-refused";
                        /** @enum {integer} */
                        status?: 409;
                        /**
                         * @description why the rules refused it
                         * @example not_allowed
                         */
                        code?: string;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/rules-missing`: rules missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/rules-missing";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable; `/problems/workflow-unavailable`: workflow unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable" | "/problems/workflow-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    convertLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConvertLead"];
            };
        };
        responses: {
            /** @description the lead, converted, and the records it became */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadConversion"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version; `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version" | "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/rules-missing`: rules missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/rules-missing";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getLeadAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description status, rules version, pending timers, open follow-ups, last events, each with what it caused (the rules that fired and the actions they ran); a link to the workflow in the Temporal UI */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Automation"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable; `/problems/workflow-unavailable`: workflow unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable" | "/problems/workflow-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeadSources: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description only the active (true) or the inactive (false) sources */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of lead sources, by code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSourcePage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createLeadSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLeadSource"];
            };
        };
        responses: {
            /** @description the lead source */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSource"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/duplicate`: duplicate; `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/duplicate" | "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateLeadSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deactivated: records keep naming it and reports group by it; new writes cannot name it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLeadSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateLeadSource"];
            };
        };
        responses: {
            /** @description the lead source as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSource"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listRuleSets: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description only rule sets of this kind */
                kind?: "pipeline" | "lead";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of the published rule sets, by id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetSummaryPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listRuleSetVersions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of its versions without their content, oldest first unless `sort` says otherwise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersionSummaryPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getRuleSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the latest version of a rule set */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersion"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getRuleSetVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one published version: content, files, checksum, who and when */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersion"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    diffRuleSetVersions: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description what changed, as a list and as text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetDiff"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    validateRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleFiles"];
            };
        };
        responses: {
            /** @description valid: the rules as they would run, and any warnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesValidation"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-rules`: invalid rules */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-rules";
                        /** @enum {integer} */
                        status?: 422;
                        problems?: components["schemas"]["RuleProblem"][];
                        warnings?: components["schemas"]["RuleProblem"][];
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    publishRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRules"];
            };
        };
        responses: {
            /** @description the same content was already published: nothing changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesPublication"];
                };
            };
            /** @description published as a new version */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesPublication"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use; `/problems/rules-version-conflict`: rules version conflict */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use" | "/problems/rules-version-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-rules`: invalid rules; `/problems/rules-break-records`: rules break running records */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-rules" | "/problems/rules-break-records";
                        /** @enum {integer} */
                        status?: 422;
                        problems?: components["schemas"]["RuleProblem"][];
                        warnings?: components["schemas"]["RuleProblem"][];
                        /** @description each open record whose replay throws under the version, and why */
                        records?: {
                            /** @enum {string} */
                            recordKind: "deal" | "lead";
                            /** Format: uuid */
                            recordId: string;
                            title: string;
                            /** @description the stage it is in now */
                            stage: string;
                            /** @description what the replay threw */
                            reason: string;
                        }[];
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    simulateRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulateRules"];
            };
        };
        responses: {
            /** @description the timeline of the scenario; with `against`, where the two timelines differ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Simulation"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-rules`: invalid rules; `/problems/invalid-scenario`: invalid scenario */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-rules" | "/problems/invalid-scenario";
                        /** @enum {integer} */
                        status?: 422;
                        problems?: components["schemas"]["RuleProblem"][];
                        warnings?: components["schemas"]["RuleProblem"][];
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    previewRulesImpact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ImpactRequest"];
            };
        };
        responses: {
            /** @description the impact on the open records */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpactPreview"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-rules`: invalid rules */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-rules";
                        /** @enum {integer} */
                        status?: 422;
                        problems?: components["schemas"]["RuleProblem"][];
                        warnings?: components["schemas"]["RuleProblem"][];
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listRulesMigrations: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of migrations, newest first by default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesMigrationPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    startRulesMigration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartMigration"];
            };
        };
        responses: {
            /** @description started: its progress as it is now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesMigration"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused; `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused" | "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable; `/problems/workflow-unavailable`: workflow unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable" | "/problems/workflow-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getRulesMigration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
                /** @description the migration’s id */
                migrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the migration: done, refused, failed and remaining */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesMigration"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listRulesMigrationRecords: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description only records with this outcome */
                outcome?: "migrating" | "migrated" | "refused" | "failed";
            };
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
                /** @description the migration’s id */
                migrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of records, in the order they were reached */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigratedRecordPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseRulesMigration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
                /** @description the migration’s id */
                migrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description paused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesMigration"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable; `/problems/workflow-unavailable`: workflow unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable" | "/problems/workflow-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeRulesMigration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
                /** @description the migration’s id */
                migrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description running again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesMigration"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable; `/problems/workflow-unavailable`: workflow unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable" | "/problems/workflow-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRulesMigration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rule set’s id (`b2b`) */
                id: string;
                /** @description the migration’s id */
                migrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesMigration"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/state-conflict`: state conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/state-conflict";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable; `/problems/workflow-unavailable`: workflow unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable" | "/problems/workflow-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    dealFunnelReport: {
        parameters: {
            query: {
                /** @description first day of the period (in timeZone) */
                from: string;
                /** @description last day of the period, included; at most 366 days after from */
                to: string;
                /** @description IANA time zone the days of the period (and months) are counted in */
                timeZone?: string;
                /** @description a published pipeline */
                pipelineId?: string;
                /** @description only the records of this team's members */
                teamId?: string;
                /** @description only the records this user is responsible for */
                responsibleId?: string;
                /** @description only records of this source */
                source?: string;
                /** @description csv: the same figures as text/csv (or send Accept: text/csv) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per stage of the pipeline: deals that reached it in the period, amounts, in it now, conversion, lost from it, time in it; won, lost, win rate. As CSV with ?format=csv or Accept: text/csv (docs/reports.md) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelReport"];
                    "text/csv": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    leadFunnelReport: {
        parameters: {
            query: {
                /** @description first day of the period (in timeZone) */
                from: string;
                /** @description last day of the period, included; at most 366 days after from */
                to: string;
                /** @description IANA time zone the days of the period (and months) are counted in */
                timeZone?: string;
                /** @description a published pipeline */
                pipelineId?: string;
                /** @description only the records of this team's members */
                teamId?: string;
                /** @description only the records this user is responsible for */
                responsibleId?: string;
                /** @description only records of this source */
                source?: string;
                /** @description csv: the same figures as text/csv (or send Accept: text/csv) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per lead status: leads that reached it in the period, in it now, conversion, junk from it, time in it; converted (contacts, companies, deals) and junk. As CSV with ?format=csv or Accept: text/csv (docs/reports.md) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelReport"];
                    "text/csv": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    salesReport: {
        parameters: {
            query: {
                /** @description first day of the period (in timeZone) */
                from: string;
                /** @description last day of the period, included; at most 366 days after from */
                to: string;
                /** @description IANA time zone the days of the period (and months) are counted in */
                timeZone?: string;
                /** @description a published pipeline */
                pipelineId?: string;
                /** @description only the records of this team's members */
                teamId?: string;
                /** @description only the records this user is responsible for */
                responsibleId?: string;
                /** @description only records of this source */
                source?: string;
                /** @description csv: the same figures as text/csv (or send Accept: text/csv) */
                format?: "json" | "csv";
                /** @description the groups' rows: per responsible, their team, pipeline, source or closing month; or per loss reason (`lossReason`: the lost deals by why they were lost, a group without a key for those lost without a reason; won deals and payments count in the total only) */
                groupBy?: "manager" | "team" | "pipeline" | "source" | "month" | "lossReason";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per group: deals won and lost, win rate, average deal size, average cycle, payments received, beside the previous period of equal length. As CSV with ?format=csv or Accept: text/csv (docs/reports.md) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesAnswer"];
                    "text/csv": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    activityReport: {
        parameters: {
            query: {
                /** @description first day of the period (in timeZone) */
                from: string;
                /** @description last day of the period, included; at most 366 days after from */
                to: string;
                /** @description IANA time zone the days of the period (and months) are counted in */
                timeZone?: string;
                /** @description a published pipeline */
                pipelineId?: string;
                /** @description only the records of this team's members */
                teamId?: string;
                /** @description only the records this user is responsible for */
                responsibleId?: string;
                /** @description only records of this source */
                source?: string;
                /** @description csv: the same figures as text/csv (or send Accept: text/csv) */
                format?: "json" | "csv";
                /** @description the groups' rows: per responsible, their team, or activity type */
                groupBy?: "manager" | "team" | "type";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per group: activities planned (due), done, done on time, overdue now, cancelled, created by the rules or by hand; the records with overdue activities and with nothing planned. As CSV with ?format=csv or Accept: text/csv (docs/reports.md) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityReport"];
                    "text/csv": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    forecastReport: {
        parameters: {
            query: {
                /** @description first day of the period (in timeZone) */
                from: string;
                /** @description last day of the period, included; at most 366 days after from */
                to: string;
                /** @description IANA time zone the days of the period (and months) are counted in */
                timeZone?: string;
                /** @description a published pipeline */
                pipelineId?: string;
                /** @description only the records of this team's members */
                teamId?: string;
                /** @description only the records this user is responsible for */
                responsibleId?: string;
                /** @description only records of this source */
                source?: string;
                /** @description csv: the same figures as text/csv (or send Accept: text/csv) */
                format?: "json" | "csv";
                /** @description the groups' rows: per responsible, their team, or pipeline */
                groupBy?: "manager" | "team" | "pipeline";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per manager, team or pipeline and expected close month within the period: open deals, their amounts and probability-weighted amounts per currency; the deals with no expected close date. As CSV with ?format=csv or Accept: text/csv (docs/reports.md) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForecastReport"];
                    "text/csv": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    automationReport: {
        parameters: {
            query: {
                /** @description first day of the period (in timeZone) */
                from: string;
                /** @description last day of the period, included; at most 366 days after from */
                to: string;
                /** @description IANA time zone the days of the period (and months) are counted in */
                timeZone?: string;
                /** @description a published pipeline */
                pipelineId?: string;
                /** @description only the records of this team's members */
                teamId?: string;
                /** @description only the records this user is responsible for */
                responsibleId?: string;
                /** @description only records of this source */
                source?: string;
                /** @description csv: the same figures as text/csv (or send Accept: text/csv) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per pipeline (and the lead rules) and rules version: follow-ups created and done, emails sent, escalations fired, quotes and invoices issued, stage moves by the rules, in the period; timers pending now. As CSV with ?format=csv or Accept: text/csv (docs/reports.md) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationReport"];
                    "text/csv": string;
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listUpcomingAutomation: {
        parameters: {
            query?: {
                /** @description whose records (default: yours): a head may name anyone of their team, admins and sales ops anyone */
                responsibleId?: string;
                /** @description only what fires before this time (RFC 3339) */
                before?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description soonest first, at most `limit` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpcomingAutomationList"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeadTimeline: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of items, newest first; whoever may read the record sees them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineItemPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createLeadComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            /** @description the comment */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLeadComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
                /** @description the comment’s id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLeadComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
                /** @description the comment’s id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            /** @description the comment as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealTimeline: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of items, newest first; whoever may read the record sees them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineItemPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createDealComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            /** @description the comment */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDealComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
                /** @description the comment’s id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDealComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
                /** @description the comment’s id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            /** @description the comment as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listContactTimeline: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of items, newest first; whoever may read the record sees them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineItemPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createContactComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            /** @description the comment */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteContactComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
                /** @description the comment’s id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContactComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
                /** @description the comment’s id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            /** @description the comment as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listCompanyTimeline: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of items, newest first; whoever may read the record sees them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineItemPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createCompanyComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            /** @description the comment */
            201: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCompanyComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
                /** @description the comment’s id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCompanyComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version */
                "If-Match"?: string;
            };
            path: {
                /** @description the record’s id */
                id: string;
                /** @description the comment’s id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            /** @description the comment as changed */
            200: {
                headers: {
                    /** @description the version of the record (`"3"`): send it back in If-Match to write safely */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields; `/problems/invalid-if-match`: invalid if-match */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields" | "/problems/invalid-if-match";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/stale-version`: stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/stale-version";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every endpoint not removed, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"][];
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within 24 hours answers the first answer again (Idempotent-Replayed: true) and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description the endpoint and its signing secret, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/duplicate`: duplicate; `/problems/idempotency-key-in-use`: idempotency key in use */
            409: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/duplicate" | "/problems/idempotency-key-in-use";
                        /** @enum {integer} */
                        status?: 409;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/body-too-large`: body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/body-too-large";
                        /** @enum {integer} */
                        status?: 413;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/unsupported-media-type`: unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unsupported-media-type";
                        /** @enum {integer} */
                        status?: 415;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/idempotency-key-reused`: idempotency key reused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/idempotency-key-reused";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    removeWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed: it receives nothing more, its deliveries stay listed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description rows to skip (instead of a cursor) */
                offset?: number;
                /** @description sort key, - for descending */
                sort?: string;
                /** @description created at or after (RFC 3339) */
                createdFrom?: string;
                /** @description created before (RFC 3339) */
                createdTo?: string;
                /** @description updated at or after (RFC 3339) */
                updatedFrom?: string;
                /** @description updated before (RFC 3339) */
                updatedTo?: string;
            };
            header?: never;
            path: {
                /** @description the record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of deliveries, newest first by default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 400;
                    } & WithRequired<components["schemas"]["Problem"], "errors">;
                };
            };
            /** @description `/problems/unauthenticated`: unauthenticated */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/unauthenticated";
                        /** @enum {integer} */
                        status?: 401;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/csrf-token-invalid`: csrf token missing or wrong; `/problems/forbidden`: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/csrf-token-invalid" | "/problems/forbidden";
                        /** @enum {integer} */
                        status?: 403;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/not-found`: not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/not-found";
                        /** @enum {integer} */
                        status?: 404;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/invalid-fields`: invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/invalid-fields";
                        /** @enum {integer} */
                        status?: 422;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/rate-limited`: rate limited */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/rate-limited";
                        /** @enum {integer} */
                        status?: 429;
                        /** @description seconds, as in Retry-After */
                        retryAfter?: number;
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description `/problems/service-unavailable`: service unavailable */
            503: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type?: "/problems/service-unavailable";
                        /** @enum {integer} */
                        status?: 503;
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
