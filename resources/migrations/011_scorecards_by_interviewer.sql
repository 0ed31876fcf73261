-- Schema version 11: independent scoring asks, for the interviewer at the window, which
-- candidates they still hold a draft for. The Scorecards page asks at every page of its list
-- (it reads 200 lines at a time) and to count what it hides; without this index each question
-- read all 20,000 scorecards of a big library. It holds the candidate too, so the answer is
-- read from the index alone.
CREATE INDEX scorecards_by_interviewer ON scorecards (interviewer, status, candidate_id);
