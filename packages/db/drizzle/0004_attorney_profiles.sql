CREATE TYPE "public"."case_type" AS ENUM('vawa_self_petition', 'u_visa', 't_visa', 'sijs', 'asylum', 'removal_defense_detained', 'removal_defense_non_detained', 'family_adjustment', 'waivers', 'naturalization', 'daca', 'other');--> statement-breakpoint
CREATE TYPE "public"."attorney_affiliation_kind" AS ENUM('firm', 'nonprofit', 'solo');--> statement-breakpoint
CREATE TYPE "public"."attorney_application_state" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."bar_verification_state" AS ENUM('pending', 'verified', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."language_proficiency" AS ENUM('native', 'fluent', 'professional', 'basic');--> statement-breakpoint
CREATE TABLE "attorney_bar_admissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attorney_id" uuid NOT NULL,
	"state_code" char(2) NOT NULL,
	"bar_number" text NOT NULL,
	"year_admitted" integer NOT NULL,
	"verification_state" "bar_verification_state" DEFAULT 'pending' NOT NULL,
	"verified_by_id" uuid,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attorney_bar_admissions_state_number" UNIQUE("state_code","bar_number")
);
--> statement-breakpoint
CREATE TABLE "attorney_languages" (
	"attorney_id" uuid NOT NULL,
	"language_code" text NOT NULL,
	"proficiency" "language_proficiency" NOT NULL,
	CONSTRAINT "attorney_languages_attorney_id_language_code_pk" PRIMARY KEY("attorney_id","language_code")
);
--> statement-breakpoint
CREATE TABLE "attorney_practice_areas" (
	"attorney_id" uuid NOT NULL,
	"case_type" "case_type" NOT NULL,
	CONSTRAINT "attorney_practice_areas_attorney_id_case_type_pk" PRIMARY KEY("attorney_id","case_type")
);
--> statement-breakpoint
CREATE TABLE "attorney_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"affiliation_kind" "attorney_affiliation_kind" NOT NULL,
	"affiliation_name" text,
	"remote" boolean DEFAULT false NOT NULL,
	"capacity" integer NOT NULL,
	"accepting" boolean DEFAULT true NOT NULL,
	"paused_until" date,
	"mentors" boolean DEFAULT false NOT NULL,
	"application_state" "attorney_application_state" DEFAULT 'pending' NOT NULL,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attorney_profiles_capacity_range" CHECK ("attorney_profiles"."capacity" between 1 and 50)
);
--> statement-breakpoint
CREATE TABLE "attorney_regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attorney_id" uuid NOT NULL,
	"state_code" char(2) NOT NULL,
	"county_fips" char(5),
	CONSTRAINT "attorney_regions_unique" UNIQUE NULLS NOT DISTINCT("attorney_id","state_code","county_fips")
);
--> statement-breakpoint
ALTER TABLE "attorney_bar_admissions" ADD CONSTRAINT "attorney_bar_admissions_attorney_id_attorney_profiles_user_id_fk" FOREIGN KEY ("attorney_id") REFERENCES "public"."attorney_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attorney_bar_admissions" ADD CONSTRAINT "attorney_bar_admissions_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attorney_languages" ADD CONSTRAINT "attorney_languages_attorney_id_attorney_profiles_user_id_fk" FOREIGN KEY ("attorney_id") REFERENCES "public"."attorney_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attorney_practice_areas" ADD CONSTRAINT "attorney_practice_areas_attorney_id_attorney_profiles_user_id_fk" FOREIGN KEY ("attorney_id") REFERENCES "public"."attorney_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attorney_profiles" ADD CONSTRAINT "attorney_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attorney_profiles" ADD CONSTRAINT "attorney_profiles_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attorney_regions" ADD CONSTRAINT "attorney_regions_attorney_id_attorney_profiles_user_id_fk" FOREIGN KEY ("attorney_id") REFERENCES "public"."attorney_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attorney_bar_admissions_attorney_id_index" ON "attorney_bar_admissions" USING btree ("attorney_id");--> statement-breakpoint
CREATE INDEX "attorney_bar_admissions_verification_state_index" ON "attorney_bar_admissions" USING btree ("verification_state");--> statement-breakpoint
CREATE INDEX "attorney_languages_language_code_attorney_id_index" ON "attorney_languages" USING btree ("language_code","attorney_id");--> statement-breakpoint
CREATE INDEX "attorney_practice_areas_case_type_attorney_id_index" ON "attorney_practice_areas" USING btree ("case_type","attorney_id");--> statement-breakpoint
CREATE INDEX "attorney_profiles_application_state_accepting_index" ON "attorney_profiles" USING btree ("application_state","accepting");--> statement-breakpoint
CREATE INDEX "attorney_regions_state_code_county_fips_index" ON "attorney_regions" USING btree ("state_code","county_fips");