CREATE TYPE "public"."referral_consent_scope" AS ENUM('share_with_matched_attorneys', 'share_with_one_attorney');--> statement-breakpoint
CREATE TYPE "public"."referral_decline_reason" AS ENUM('capacity', 'practice_area', 'conflict', 'location', 'language', 'other');--> statement-breakpoint
CREATE TYPE "public"."referral_event_kind" AS ENUM('created', 'opened', 'offered', 'offer_accepted', 'offer_declined', 'offer_expired', 'offer_withdrawn', 'started', 'closed', 'withdrawn', 'expired', 'consent_revoked');--> statement-breakpoint
CREATE TYPE "public"."referral_meeting_mode" AS ENUM('in_person', 'remote', 'either');--> statement-breakpoint
CREATE TYPE "public"."referral_offer_state" AS ENUM('offered', 'accepted', 'declined', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."referral_outcome" AS ENUM('represented_or_filed', 'advice_only', 'referred_elsewhere', 'not_eligible', 'no_contact', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('draft', 'open', 'offered', 'accepted', 'in_progress', 'closed', 'withdrawn', 'expired');--> statement-breakpoint
CREATE TABLE "referral_case_types" (
	"referral_id" uuid NOT NULL,
	"case_type" "case_type" NOT NULL,
	CONSTRAINT "referral_case_types_referral_id_case_type_pk" PRIMARY KEY("referral_id","case_type")
);
--> statement-breakpoint
CREATE TABLE "referral_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"given_on" date NOT NULL,
	"scope" "referral_consent_scope" NOT NULL,
	"expires_on" date,
	"recorded_by_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_consents_referralId_unique" UNIQUE("referral_id"),
	CONSTRAINT "referral_consents_expiry_after_given" CHECK ("referral_consents"."expires_on" is null or "referral_consents"."expires_on" >= "referral_consents"."given_on")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference_code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_by_id" uuid,
	"state_code" char(2) NOT NULL,
	"county_fips" char(5),
	"language_code" text NOT NULL,
	"interpreter_available" boolean DEFAULT false NOT NULL,
	"detained" boolean DEFAULT false NOT NULL,
	"hearing_date" date,
	"filing_deadline" date,
	"meeting_mode" "referral_meeting_mode" DEFAULT 'either' NOT NULL,
	"summary" text NOT NULL,
	"status" "referral_status" DEFAULT 'draft' NOT NULL,
	"outcome" "referral_outcome",
	"offer_hours" integer DEFAULT 72 NOT NULL,
	"accepted_attorney_id" uuid,
	"version" integer DEFAULT 0 NOT NULL,
	"opened_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_referenceCode_unique" UNIQUE("reference_code"),
	CONSTRAINT "referrals_summary_length" CHECK (char_length("referrals"."summary") between 1 and 1000),
	CONSTRAINT "referrals_offer_hours_range" CHECK ("referrals"."offer_hours" between 1 and 72),
	CONSTRAINT "referrals_outcome_when_closed" CHECK (("referrals"."status" = 'closed') = ("referrals"."outcome" is not null)),
	CONSTRAINT "referrals_attorney_when_accepted" CHECK ("referrals"."status" not in ('accepted', 'in_progress', 'closed') or "referrals"."accepted_attorney_id" is not null),
	CONSTRAINT "referrals_county_fips_format" CHECK ("referrals"."county_fips" is null or "referrals"."county_fips" ~ '^[0-9]{5}$')
);
--> statement-breakpoint
CREATE TABLE "referral_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"attorney_id" uuid NOT NULL,
	"offered_by_id" uuid,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"state" "referral_offer_state" DEFAULT 'offered' NOT NULL,
	"decline_reason" "referral_decline_reason",
	"decline_note" text,
	"conflict_check_confirmed_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"down_the_list" boolean DEFAULT false NOT NULL,
	"rank" integer,
	CONSTRAINT "referral_offers_once_per_attorney" UNIQUE("referral_id","attorney_id"),
	CONSTRAINT "referral_offers_expiry_after_offer" CHECK ("referral_offers"."expires_at" > "referral_offers"."offered_at"),
	CONSTRAINT "referral_offers_decline_has_reason" CHECK (("referral_offers"."state" = 'declined') = ("referral_offers"."decline_reason" is not null)),
	CONSTRAINT "referral_offers_accept_after_conflict_check" CHECK ("referral_offers"."state" <> 'accepted' or "referral_offers"."conflict_check_confirmed_at" is not null),
	CONSTRAINT "referral_offers_answer_has_time" CHECK ("referral_offers"."state" not in ('accepted', 'declined') or "referral_offers"."responded_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"kind" "referral_event_kind" NOT NULL,
	"from_status" "referral_status",
	"to_status" "referral_status" NOT NULL,
	"actor_id" uuid,
	"offer_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"attorney_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"hours" numeric(5, 2) NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_hours_range" CHECK ("referral_hours"."hours" > 0 and "referral_hours"."hours" <= 24)
);
--> statement-breakpoint
CREATE TABLE "referral_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_messages_length" CHECK (char_length("referral_messages"."body") between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "referral_case_types" ADD CONSTRAINT "referral_case_types_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consents" ADD CONSTRAINT "referral_consents_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consents" ADD CONSTRAINT "referral_consents_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consents" ADD CONSTRAINT "referral_consents_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_accepted_attorney_id_users_id_fk" FOREIGN KEY ("accepted_attorney_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_offers" ADD CONSTRAINT "referral_offers_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_offers" ADD CONSTRAINT "referral_offers_attorney_id_users_id_fk" FOREIGN KEY ("attorney_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_offers" ADD CONSTRAINT "referral_offers_offered_by_id_users_id_fk" FOREIGN KEY ("offered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_offer_id_referral_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."referral_offers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_hours" ADD CONSTRAINT "referral_hours_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_hours" ADD CONSTRAINT "referral_hours_attorney_id_users_id_fk" FOREIGN KEY ("attorney_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_messages" ADD CONSTRAINT "referral_messages_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_messages" ADD CONSTRAINT "referral_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_case_types_case_type_index" ON "referral_case_types" USING btree ("case_type");--> statement-breakpoint
CREATE INDEX "referrals_organization_id_status_index" ON "referrals" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "referrals_accepted_attorney_id_status_index" ON "referrals" USING btree ("accepted_attorney_id","status");--> statement-breakpoint
CREATE INDEX "referrals_status_state_code_index" ON "referrals" USING btree ("status","state_code");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_offers_one_live" ON "referral_offers" USING btree ("referral_id") WHERE "referral_offers"."state" = 'offered';--> statement-breakpoint
CREATE UNIQUE INDEX "referral_offers_one_accepted" ON "referral_offers" USING btree ("referral_id") WHERE "referral_offers"."state" = 'accepted';--> statement-breakpoint
CREATE INDEX "referral_offers_attorney_id_state_index" ON "referral_offers" USING btree ("attorney_id","state");--> statement-breakpoint
CREATE INDEX "referral_offers_attorney_id_offered_at_index" ON "referral_offers" USING btree ("attorney_id","offered_at");--> statement-breakpoint
CREATE INDEX "referral_events_referral_id_created_at_index" ON "referral_events" USING btree ("referral_id","created_at");--> statement-breakpoint
CREATE INDEX "referral_hours_referral_id_index" ON "referral_hours" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "referral_hours_attorney_id_worked_on_index" ON "referral_hours" USING btree ("attorney_id","worked_on");--> statement-breakpoint
CREATE INDEX "referral_messages_referral_id_created_at_index" ON "referral_messages" USING btree ("referral_id","created_at");