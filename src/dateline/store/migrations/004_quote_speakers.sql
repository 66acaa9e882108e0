-- Quotes by speaker (the canonical name where known): filter and top-speaker counts.
CREATE INDEX quotes_speaker_name ON quotes (coalesce(speaker_canonical, speaker));
