-- A scoring rule may say which occasion of another feature it rewards (a proposal adopted, supporting an
-- adopted proposal, attending a consultation meeting), so that the feature can offer the grant with the
-- rule already chosen. At most one rule per occasion in a version of the standard (checked by the service).
-- Written to run on H2 (2.4) and PostgreSQL (14+).

alter table scoring_rule add column occasion varchar(40);
