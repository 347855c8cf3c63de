ALTER TABLE "directory_search_points" ADD COLUMN "sole" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_search_filters" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "directory_search_filters" ADD COLUMN "lon" double precision;--> statement-breakpoint
ALTER TABLE "directory_search_filters" ADD COLUMN "public_lat" double precision;--> statement-breakpoint
ALTER TABLE "directory_search_filters" ADD COLUMN "public_lon" double precision;--> statement-breakpoint
-- Existing rows (refreshSearchEntries writes both from now on): a service's only point is marked
-- and copied to its narrow filter row, which a radius search reads straight from the box.
UPDATE directory_search_points p SET sole = true
  WHERE NOT EXISTS (SELECT 1 FROM directory_search_points o WHERE o.service_id = p.service_id AND o.location_id <> p.location_id);--> statement-breakpoint
UPDATE directory_search_filters f SET lat = p.lat, lon = p.lon, public_lat = p.public_lat, public_lon = p.public_lon
  FROM directory_search_points p WHERE p.service_id = f.service_id AND p.sole;--> statement-breakpoint
CREATE INDEX "directory_search_filters_public_point_idx" ON "directory_search_filters" USING btree ("public_lat","public_lon") WHERE "directory_search_filters"."public_lat" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "directory_search_filters_point_idx" ON "directory_search_filters" USING btree ("lat","lon") WHERE "directory_search_filters"."lat" IS NOT NULL;