"""Phone photos in the scanner folder: a format the store refuses (HEIC, WebP) is not ignored
silently; the clerk is told why it was not added and what to do."""

from __future__ import annotations

import io

from PIL import Image

from loandesk.domain.documents import DocType
from loandesk.ui.customers import documents as panel_mod
from loandesk.ui.tasks import wait_db_idle
from tests.gui.test_customer_documents import customer, make_panel, write  # noqa: F401  (fixture)


def test_watch_folder_reports_heic_and_webp_photos_instead_of_ignoring_them(qtbot, db, actors, customer,  # noqa: F811
                                                                              tmp_path, monkeypatch):
    folder = tmp_path / "phone"
    folder.mkdir()
    monkeypatch.setattr(panel_mod, "choose_watch_folder", lambda _p, _start: str(folder))
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    panel.set_doc_type(DocType.ID_FRONT)
    panel.form.watchFolderButton.click()
    qtbot.wait(300)  # the baseline listing
    webp = io.BytesIO()
    Image.new("RGB", (640, 400), "white").save(webp, "WEBP")
    with qtbot.waitSignal(panel.sig_attach_finished, timeout=30000) as blocker:
        write(folder, "IMG_0001.HEIC", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 200)
        write(folder, "mmexport1700000000000.webp", webp.getvalue())
    report = blocker.args[0]
    assert report.attached == [] and len(report.failed) == 2
    assert "HEIC" in panel.message() and "WebP" in panel.message()
    assert (folder / "IMG_0001.HEIC").exists()  # a refused file is never deleted
    panel.form.watchCheck.setChecked(False)
    wait_db_idle()


def test_viewer_fits_a_small_screen(qtbot, db, actors, customer, tmp_path):  # noqa: F811
    """980×720 plus a title bar does not fit above the taskbar of a 1366×768 branch PC."""
    from PySide6.QtGui import QGuiApplication

    from tests.gui.test_customer_documents import attach, open_viewer
    from tests.services._fixtures_documents import jpeg_bytes

    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    attach(qtbot, panel, [write(tmp_path, "front.jpg", jpeg_bytes(1200, 800))])
    viewer = open_viewer(qtbot, panel, panel.data.documents[0].id)
    avail = (viewer.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert viewer.width() <= avail.width() and viewer.height() + 30 <= avail.height(), (viewer.size(), avail)
    assert viewer.height() >= viewer.minimumSizeHint().height()
    assert viewer.form.exportButton.isVisible()
    viewer.close()
    wait_db_idle()


def test_an_attach_finishing_after_the_clerk_moved_on_names_its_customer(qtbot, db, actors, customer,  # noqa: F811
                                                                          tmp_path):
    """Scans still being stored when the clerk opens the next customer: the result must say whose
    they are, and must not show up as the new customer's."""
    from tests.gui.customer_helpers import create, id_number
    from tests.services._fixtures_documents import jpeg_bytes

    other = create(db, actors["clerk"], name="李四", id_number=id_number("19900101", 111), mobile="13900001111")
    panel = make_panel(qtbot, db, actors["clerk"], customer.id)
    path = write(tmp_path, "front.jpg", jpeg_bytes(1200, 800))
    with qtbot.waitSignal(panel.sig_attach_finished, timeout=30000):
        assert panel.attach_files([str(path)])
        panel.set_customer(other.id)  # the clerk moved on while the scan was being stored
    assert customer.name in panel.message() and customer.customer_no in panel.message()
    qtbot.waitUntil(lambda: not panel.loading and panel.data is not None and panel.data.customer_id == other.id,
                    timeout=10000)
    assert panel.data.documents == ()
    wait_db_idle()
