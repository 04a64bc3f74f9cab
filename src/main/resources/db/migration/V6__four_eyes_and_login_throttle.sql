-- Four-eyes that one admin cannot get round.
-- Written to run on H2 (2.4) and PostgreSQL (14+).

-- Who created an account and who last set its password for its owner: whoever did either knew a password
-- of that account, so the account is not independent of them (see FourEyes). Accounts of the demo data and
-- of the production set-up have neither.
alter table app_user add column created_by varchar(50);
alter table app_user add column password_reset_by varchar(50);
alter table app_user add column password_reset_at timestamp;

-- Accounts created and passwords reset before this version: the audit trail knows who did it.
update app_user set created_by = (
    select max(e.actor) from audit_event e
    where e.action = 'USER_CREATED' and e.target_type = 'user' and e.target_id = cast(app_user.id as varchar(50)));
update app_user set
    password_reset_by = (
        select e.actor from audit_event e
        where e.id = (select max(r.id) from audit_event r
                      where r.action = 'USER_PASSWORD_RESET' and r.target_type = 'user'
                        and r.target_id = cast(app_user.id as varchar(50)))),
    password_reset_at = (
        select e.occurred_at from audit_event e
        where e.id = (select max(r.id) from audit_event r
                      where r.action = 'USER_PASSWORD_RESET' and r.target_type = 'user'
                        and r.target_id = cast(app_user.id as varchar(50))));
