-- A county's KPI reach looks up each invited NGO's invitations at one meeting: with the meeting in the index,
-- at national size (1.3 million invitations) that query takes 1.25 s instead of 1.94 s. Still serves lookups by NGO.
DROP INDEX "MeetingInvitation_ngoId_idx";

CREATE INDEX "MeetingInvitation_ngoId_meetingId_idx" ON "MeetingInvitation"("ngoId", "meetingId");
