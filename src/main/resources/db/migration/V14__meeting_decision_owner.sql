-- A decision says who carries it out and by when (the minutes and the public page show both).
alter table meeting_item add column owner varchar(100);
alter table meeting_item add column deadline date;
