CREATE TYPE "public"."address_type" AS ENUM('physical', 'postal', 'virtual');--> statement-breakpoint
CREATE TYPE "public"."confidentiality" AS ENUM('public', 'members');--> statement-breakpoint
CREATE TYPE "public"."location_type" AS ENUM('physical', 'postal', 'virtual');--> statement-breakpoint
CREATE TYPE "public"."service_status" AS ENUM('active', 'inactive', 'defunct', 'temporarily closed');--> statement-breakpoint
CREATE TYPE "public"."suggestion_status" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "taxonomies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"uri" text,
	"version" text
);
--> statement-breakpoint
CREATE TABLE "taxonomy_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taxonomy_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_es" text NOT NULL,
	"description" text NOT NULL,
	"description_es" text NOT NULL,
	"parent_id" uuid,
	"term_uri" text,
	CONSTRAINT "taxonomy_terms_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"name" text,
	"description" text,
	"extent" text,
	"extent_type" text,
	"uri" text,
	"state_code" text,
	"county_fips" text
);
--> statement-breakpoint
CREATE TABLE "service_taxonomy_terms" (
	"service_id" uuid NOT NULL,
	"taxonomy_term_id" uuid NOT NULL,
	CONSTRAINT "service_taxonomy_terms_service_id_taxonomy_term_id_pk" PRIMARY KEY("service_id","taxonomy_term_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"alternate_name" text,
	"description" text,
	"url" text,
	"email" text,
	"status" "service_status" DEFAULT 'active' NOT NULL,
	"interpretation_services" text,
	"application_process" text,
	"fees_description" text,
	"eligibility_description" text,
	"minimum_age" integer,
	"maximum_age" integer,
	"assured_date" date,
	"assurer_email" text,
	"alert" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"attention" text,
	"address1" text NOT NULL,
	"address2" text,
	"city" text NOT NULL,
	"region" text,
	"state_province" text NOT NULL,
	"postal_code" text NOT NULL,
	"country" text DEFAULT 'US' NOT NULL,
	"address_type" "address_type" DEFAULT 'physical' NOT NULL,
	"confidentiality" "confidentiality" DEFAULT 'public' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"service_id" uuid,
	"name" text,
	"title" text,
	"department" text,
	"email" text,
	"confidentiality" "confidentiality" DEFAULT 'members' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"location_type" "location_type" DEFAULT 'physical' NOT NULL,
	"name" text,
	"alternate_name" text,
	"description" text,
	"transportation" text,
	"url" text,
	"latitude" double precision,
	"longitude" double precision,
	"public_latitude" double precision,
	"public_longitude" double precision,
	"city" text,
	"state_code" text,
	"confidentiality" "confidentiality" DEFAULT 'public' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"service_id" uuid,
	"location_id" uuid,
	"contact_id" uuid,
	"number" text NOT NULL,
	"extension" text,
	"type" text,
	"description" text,
	"confidentiality" "confidentiality" DEFAULT 'public' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid,
	"location_id" uuid,
	"freq" text DEFAULT 'WEEKLY',
	"byday" text,
	"opens_at" text,
	"closes_at" text,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "service_at_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "languages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid,
	"location_id" uuid,
	"name" text,
	"code" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "listing_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"diff" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"author_id" uuid,
	"changes" jsonb NOT NULL,
	"note" text,
	"status" "suggestion_status" DEFAULT 'pending' NOT NULL,
	"reviewer_id" uuid,
	"rejection_reason" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_search_entries" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"document" "tsvector" NOT NULL,
	"folded" text NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"term_codes" text[] DEFAULT '{}' NOT NULL,
	"language_codes" text[] DEFAULT '{}' NOT NULL,
	"populations" text[] DEFAULT '{}' NOT NULL,
	"accepts_referrals" boolean DEFAULT false NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"assured_date" date,
	"serves_states" text[] DEFAULT '{}' NOT NULL,
	"serves_counties" text[] DEFAULT '{}' NOT NULL,
	"serves_nation" boolean DEFAULT false NOT NULL,
	"located_states" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_search_points" (
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"public_lat" double precision NOT NULL,
	"public_lon" double precision NOT NULL,
	"confidential" boolean NOT NULL,
	CONSTRAINT "directory_search_points_service_id_location_id_pk" PRIMARY KEY("service_id","location_id")
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "alternate_name" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "year_incorporated" integer;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "legal_status" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "populations" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "accepts_referrals" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "assured_date" date;--> statement-breakpoint
ALTER TABLE "taxonomy_terms" ADD CONSTRAINT "taxonomy_terms_taxonomy_id_taxonomies_id_fk" FOREIGN KEY ("taxonomy_id") REFERENCES "public"."taxonomies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taxonomy_terms" ADD CONSTRAINT "taxonomy_terms_parent_id_taxonomy_terms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_areas" ADD CONSTRAINT "service_areas_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_taxonomy_terms" ADD CONSTRAINT "service_taxonomy_terms_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_taxonomy_terms" ADD CONSTRAINT "service_taxonomy_terms_taxonomy_term_id_taxonomy_terms_id_fk" FOREIGN KEY ("taxonomy_term_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_at_locations" ADD CONSTRAINT "service_at_locations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_at_locations" ADD CONSTRAINT "service_at_locations_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "languages" ADD CONSTRAINT "languages_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "languages" ADD CONSTRAINT "languages_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_history" ADD CONSTRAINT "listing_history_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_history" ADD CONSTRAINT "listing_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_suggestions" ADD CONSTRAINT "listing_suggestions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_suggestions" ADD CONSTRAINT "listing_suggestions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_suggestions" ADD CONSTRAINT "listing_suggestions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_search_entries" ADD CONSTRAINT "directory_search_entries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_search_entries" ADD CONSTRAINT "directory_search_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_search_points" ADD CONSTRAINT "directory_search_points_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "taxonomy_terms_parent_id_index" ON "taxonomy_terms" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "service_areas_service_id_index" ON "service_areas" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_taxonomy_terms_taxonomy_term_id_index" ON "service_taxonomy_terms" USING btree ("taxonomy_term_id");--> statement-breakpoint
CREATE INDEX "services_organization_id_index" ON "services" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "services_updated_at_index" ON "services" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "addresses_location_id_index" ON "addresses" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "contacts_organization_id_index" ON "contacts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "contacts_service_id_index" ON "contacts" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "locations_organization_id_index" ON "locations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "locations_latitude_longitude_index" ON "locations" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "phones_organization_id_index" ON "phones" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "phones_service_id_index" ON "phones" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "phones_location_id_index" ON "phones" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "schedules_service_id_index" ON "schedules" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_at_locations_service_id_index" ON "service_at_locations" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_at_locations_location_id_index" ON "service_at_locations" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "languages_service_id_index" ON "languages" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "languages_code_index" ON "languages" USING btree ("code");--> statement-breakpoint
CREATE INDEX "listing_history_organization_id_created_at_index" ON "listing_history" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "listing_suggestions_status_created_at_index" ON "listing_suggestions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "listing_suggestions_organization_id_index" ON "listing_suggestions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "directory_search_document_idx" ON "directory_search_entries" USING gin ("document");--> statement-breakpoint
CREATE INDEX "directory_search_folded_trgm_idx" ON "directory_search_entries" USING gin ("folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_search_terms_idx" ON "directory_search_entries" USING gin ("term_codes");--> statement-breakpoint
CREATE INDEX "directory_search_languages_idx" ON "directory_search_entries" USING gin ("language_codes");--> statement-breakpoint
CREATE INDEX "directory_search_states_idx" ON "directory_search_entries" USING gin ("serves_states");--> statement-breakpoint
CREATE INDEX "directory_search_counties_idx" ON "directory_search_entries" USING gin ("serves_counties");--> statement-breakpoint
CREATE INDEX "directory_search_located_idx" ON "directory_search_entries" USING gin ("located_states");--> statement-breakpoint
CREATE INDEX "directory_search_entries_organization_id_index" ON "directory_search_entries" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "directory_search_points_public_lat_public_lon_index" ON "directory_search_points" USING btree ("public_lat","public_lon");--> statement-breakpoint
CREATE INDEX "directory_search_points_lat_lon_index" ON "directory_search_points" USING btree ("lat","lon");