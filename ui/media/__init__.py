"""The Media tab (photos and recordings of a case), one widget a module.

| module | what it holds |
|---|---|
| ``tab.py`` | ``MediaTab``: lays the widgets out, keeps the grid and the page shown in step, runs thumbnails as jobs |
| ``review.py`` | ``PhotoReview``: a photo's two pictures, Suggest faces, Read text, suggestions, Apply |
| ``model.py`` | ``MediaListModel``: the grid's items a page at a time (``ui.models.Pages``) and their thumbnails |
| ``thumbnails.py`` | ``decode_image``, ``orientation_of``: photo bytes to an upright, scaled QImage in memory |
| ``canvas.py`` | ``ImageView`` (the original), ``ImageCanvas`` (the working copy with boxes and suggestions) |
| ``video_review.py`` | ``VideoFacesPanel``: a video's face tracks found (job, progress, Cancel), reviewed, covered |
| ``player.py`` | ``AudioPlayer``: a recording's working copy played from a memory buffer |
| ``recording_pane.py`` | ``RecordingPane``: the Details page's recording box (label and player) |
| ``details.py`` | ``MediaDetails``: what the original carried, hashes and versions |
| ``importing.py`` | ``ImportPanel``: Import and Cancel, progress, the status line, files that failed |
| ``recording.py`` | ``RecorderHookup``: the Record button's one recorder dialog (ui/recorder.py) |
| ``actions.py`` | ``MediaActions``: the item buttons under the details (caption, save a copy, delete, ...) |
| ``text_reading.py`` | ``TextReader``: the text of new photos read in the background (own thread and DB connection) |
| ``transcript.py`` | ``TranscriptPanel``: Transcribe…, progress and Stop, the transcript whose words seek the player |

Privacy rules kept by every module here:

* thumbnails and previews are decoded in memory from bytes the media service returns, on a pool
  thread (ui.jobs), and kept only in these widgets' memory; ``MediaTab.discard()`` drops them on lock
  (it calls each panel's ``discard()``: ``PhotoReview`` drops both pictures, its boxes and suggestions);
* each panel with jobs keeps a generation counter, raised by ``discard()``: a job finishing after a
  lock does nothing, and one finishing for an item no longer shown shows nothing;
* nothing decrypted is ever written to disk (no thumbnail cache, no temporary file for audio:
  recordings play from a memory buffer, and locking stops them and drops the buffer);
* every import, redaction and face detection runs as a job; the GUI thread never waits for them.

Nothing is imported here, so importing one module (the grid model, say) loads only what it needs:
QtMultimedia in particular is loaded only when a recording is first shown (player.py).
"""
