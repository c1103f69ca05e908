-- Extensions the PostgreSQL search engine uses: accent folding, trigram and edit-distance typo correction.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;--> statement-breakpoint
-- Text search configurations that fold accents before stemming, so "Élodie" and "elodie", "cafe" and "café" meet,
-- and ts_headline highlights accented words too.
CREATE TEXT SEARCH CONFIGURATION skillcall_en (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION skillcall_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION skillcall_fr (COPY = french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION skillcall_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION skillcall_simple (COPY = simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION skillcall_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
