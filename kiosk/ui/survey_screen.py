"""The satisfaction survey (SKM), turned to the resident after a hand-over.

One question per page, four large faces from frowning red to smiling green; a tap answers and
moves on. "Lewati" skips a question, "Lewati Survei" leaves without storing anything. The last page
shows the answers and "Kirim"; a thank-you page returns to the board by itself.

One response per visit, for the service of its first handed-over request (the resident answers
once, whatever number of requests the car brought): the survey stores the service, the channel
and the day, never a person, an officer or a visit.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.skm import CODES
from kiosk.domain.visit import Channel, Status
from kiosk.services import Kiosk
from kiosk.services.lane import VisitSummary
from kiosk.ui.i18n import error_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.styling import role_label, set_style_property

log = logging.getLogger(__name__)

THANKS_MS = 6_000
"""How long the thank-you page stays before the board comes back by itself."""

# Face colours from answer 1 (worst) to 4 (best); each at least 3:1 against white.
FACE_COLOURS = ("#c62828", "#e65100", "#558b2f", "#1e6b34")
# Mouth curvature from answer 1 to 4: negative frowns, positive smiles.
MOUTH_CURVE = (-0.22, -0.08, 0.12, 0.2)


def survey_subject(visit: VisitSummary) -> tuple[str, Channel] | None:
    """The service and channel a visit's survey response is stored under: the first handed-over
    request's service (None when nothing of the visit was handed over)."""
    for request in visit.requests:
        if request.status is Status.HANDED_OVER:
            return request.service_code, visit.channel
    return None


def paint_face(painter: QPainter, rect: QRectF, answer: int) -> None:
    """A round face for ``answer`` 1-4 inside ``rect``: colour and mouth from sad to happy."""
    side = min(rect.width(), rect.height())
    face = QRectF(0, 0, side, side)
    face.moveCenter(rect.center())
    colour = QColor(FACE_COLOURS[answer - 1])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(face)
    # eyes
    painter.setBrush(QColor("#ffffff"))
    eye = side * 0.11
    for dx in (-0.18, 0.18):
        centre = QPointF(face.center().x() + dx * side, face.top() + side * 0.38)
        painter.drawEllipse(centre, eye / 2, eye * 0.65)
    # mouth: a quadratic curve whose control point bends up (frown) or down (smile)
    pen = QPen(QColor("#ffffff"), max(3.0, side * 0.07))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    y = face.top() + side * (0.66 if MOUTH_CURVE[answer - 1] > 0 else 0.72)
    left = QPointF(face.center().x() - side * 0.22, y)
    right = QPointF(face.center().x() + side * 0.22, y)
    control = QPointF(face.center().x(), y + side * MOUTH_CURVE[answer - 1] * 2)
    mouth = QPainterPath(left)
    mouth.quadTo(control, right)
    painter.drawPath(mouth)
    painter.restore()


class FaceButton(QAbstractButton):
    """A large answer button: a face, the answer's words under it; checked when chosen."""

    def __init__(self, answer: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = answer
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(touch_px(self, 40), touch_px(self, 45))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(touch_px(self, 60), touch_px(self, 62))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        colour = QColor(FACE_COLOURS[self.answer - 1])
        if self.isChecked():
            background, border, width = QColor("#e6f0fa"), QColor("#0b4f8a"), 6.0
        elif self.isDown():
            background, border, width = QColor("#d4e3f3"), QColor("#0b4f8a"), 3.0
        else:
            background, border, width = QColor("#ffffff"), QColor("#b8c3ce"), 3.0
        painter.setPen(QPen(border, width))
        painter.setBrush(background)
        painter.drawRoundedRect(box, 18, 18)
        text_height = box.height() * 0.30
        face_rect = QRectF(
            box.left(), box.top() + box.height() * 0.08, box.width(), box.height() * 0.56
        )
        paint_face(painter, face_rect.adjusted(12, 0, -12, 0), self.answer)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(12.0, min(20.0, box.width() / 14)))
        painter.setFont(font)
        painter.setPen(colour.darker(115) if not self.isChecked() else QColor("#0b4f8a"))
        text_rect = QRectF(
            box.left() + 10, box.bottom() - text_height - 6, box.width() - 20, text_height
        )
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextWordWrap),
            self.text(),
        )
        painter.end()


class Progress(QWidget):
    """Nine dots: answered (filled), skipped (hollow grey), current (ringed), to come (light)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._states = ["todo"] * count
        self._current = 0
        self.setFixedHeight(28)
        self.setMinimumWidth(count * 34)

    def set_states(self, states: list[str], current: int) -> None:
        self._states, self._current = states, current
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        step = 34
        x0 = (self.width() - step * len(self._states)) / 2 + step / 2
        for index, state in enumerate(self._states):
            centre = QPointF(x0 + index * step, self.height() / 2)
            radius = 11 if index == self._current else 8
            if state == "answered":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#0b4f8a"))
            elif state == "skipped":
                painter.setPen(QPen(QColor("#7d8c9b"), 2))
                painter.setBrush(QColor("#ffffff"))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#c4ccd4"))
            if index == self._current:
                painter.setPen(QPen(QColor("#0b4f8a"), 3))
                painter.setBrush(QColor("#ffffff") if state != "answered" else QColor("#0b4f8a"))
            painter.drawEllipse(centre, radius, radius)
        painter.end()


class SurveyScreen(QWidget):
    """The nine SKM questions, then "Kirim", then thanks; stores through ``kiosk.survey``.

    Signals:
        finished(bool): the resident is done: True when a response was stored, False when the
            survey was skipped (or nothing was answered).
    """

    finished = Signal(bool)

    def __init__(self, kiosk: Kiosk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._service_code = ""
        self._channel = Channel.DRIVE_THRU
        self._answers: dict[str, int | None] = dict.fromkeys(CODES)
        self._visited: set[str] = set()
        self._index = 0
        self._stored = False
        self.setObjectName("surveyScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._questions = self._texts()

        # --- question page
        self.kicker = role_label(self.tr("Survei Kepuasan Masyarakat"), "survey-kicker")
        self.counter = role_label("", "survey-counter", wrap=False)
        self.progress = Progress(len(CODES))
        self.skip_all_button = QPushButton(self.tr("Lewati Survei"))
        self.skip_all_button.setProperty("role", "secondary")
        self.element_label = role_label("", "survey-element")
        self.question_label = role_label("", "survey-question")
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.element_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.faces = [FaceButton(answer) for answer in (1, 2, 3, 4)]
        self._face_group = QButtonGroup(self)
        self._face_group.setExclusive(False)  # none checked on a new page
        for face in self.faces:
            self._face_group.addButton(face, face.answer)
        self.back_button = QPushButton(self.tr("‹ Sebelumnya"))
        self.back_button.setProperty("role", "secondary")
        self.skip_button = QPushButton(self.tr("Lewati ›"))
        self.skip_button.setProperty("role", "secondary")

        top = QHBoxLayout()
        top.addWidget(self.kicker, 1)
        top.addWidget(self.skip_all_button)
        faces = QHBoxLayout()
        faces.setSpacing(20)
        for face in self.faces:
            faces.addWidget(face, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.counter)
        bottom.addStretch(1)
        bottom.addWidget(self.skip_button)
        self.question_page = QWidget()
        question = QVBoxLayout(self.question_page)
        question.setContentsMargins(0, 0, 0, 0)
        question.setSpacing(14)
        question.addLayout(top)
        question.addStretch(1)
        question.addWidget(self.element_label)
        question.addWidget(self.question_label)
        question.addStretch(1)
        question.addLayout(faces, 6)
        question.addStretch(1)
        question.addLayout(bottom)

        # --- review page: the answers, "Kirim"
        self.review_title = role_label(self.tr("Periksa jawaban Anda"), "survey-question")
        self.review_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.review_grid = QGridLayout()
        self.review_grid.setHorizontalSpacing(24)
        self.review_grid.setVerticalSpacing(14)
        self._review_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (code, name) in enumerate(self._element_names()):
            name_label = role_label(name, "survey-review-name", wrap=False)
            answer_label = role_label("", "survey-review-answer", wrap=False)
            self.review_grid.addWidget(name_label, row, 0)
            self.review_grid.addWidget(answer_label, row, 1)
            self._review_rows[code] = (name_label, answer_label)
        self.review_message = role_label("", "error")
        self.review_message.hide()
        self.change_button = QPushButton(self.tr("‹ Ubah Jawaban"))
        self.change_button.setProperty("role", "secondary")
        self.send_button = QPushButton(self.tr("Kirim"))
        self.send_button.setProperty("role", "primary")
        self.send_button.setObjectName("bigAction")
        self.skip_all_review_button = QPushButton(self.tr("Lewati Survei"))
        self.skip_all_review_button.setProperty("role", "secondary")
        review_buttons = QHBoxLayout()
        review_buttons.addWidget(self.change_button)
        review_buttons.addWidget(self.skip_all_review_button)
        review_buttons.addStretch(1)
        review_buttons.addWidget(self.send_button)
        self.review_page = QWidget()
        review = QVBoxLayout(self.review_page)
        review.setContentsMargins(0, 0, 0, 0)
        review.setSpacing(14)
        review.addStretch(1)
        review.addWidget(self.review_title)
        review.addSpacing(16)
        grid_row = QHBoxLayout()
        grid_row.addStretch(1)
        grid_row.addLayout(self.review_grid)
        grid_row.addStretch(1)
        review.addLayout(grid_row)
        review.addStretch(1)
        review.addWidget(self.review_message)
        review.addLayout(review_buttons)

        # --- thank-you page
        self.thanks_face = _FaceLabel(4)
        self.thanks_title = role_label(
            self.tr("Terima kasih atas penilaian Anda!"), "survey-thanks"
        )
        self.thanks_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_note = role_label(
            self.tr("Jawaban Anda tanpa nama dan membantu kami memperbaiki pelayanan."),
            "survey-element",
        )
        self.thanks_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = QPushButton(self.tr("Selesai"))
        self.done_button.setProperty("role", "primary")
        self.thanks_page = QWidget()
        thanks = QVBoxLayout(self.thanks_page)
        thanks.addStretch(1)
        thanks.addWidget(self.thanks_face, 0, Qt.AlignmentFlag.AlignHCenter)
        thanks.addSpacing(16)
        thanks.addWidget(self.thanks_title)
        thanks.addWidget(self.thanks_note)
        thanks.addStretch(1)
        thanks.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)

        for button in (
            self.skip_all_button,
            self.back_button,
            self.skip_button,
            self.change_button,
            self.send_button,
            self.skip_all_review_button,
            self.done_button,
        ):
            button.setMinimumHeight(touch_px(self))
            button.setMinimumWidth(touch_px(self, 40))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.send_button.setMinimumSize(touch_px(self, 70), touch_px(self, 18))
        self.done_button.setMinimumWidth(touch_px(self, 60))

        self.pages = QStackedWidget()
        for page in (self.question_page, self.review_page, self.thanks_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addWidget(self.pages)

        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(THANKS_MS)
        self._connect_signals()
        self._show_question(0)

    def _connect_signals(self) -> None:
        # answering
        self._face_group.idClicked.connect(self.answer)
        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        # leaving
        self.skip_all_button.clicked.connect(self.skip_survey)
        self.skip_all_review_button.clicked.connect(self.skip_survey)
        self.change_button.clicked.connect(lambda: self._show_question(0))
        self.send_button.clicked.connect(self.send)
        self.done_button.clicked.connect(self._close_thanks)
        self.thanks_timer.timeout.connect(self._close_thanks)

    # --- texts --------------------------------------------------------------------------------

    def _texts(self) -> dict[str, tuple[str, tuple[str, str, str, str]]]:
        """The nine standard questions (Permenpan RB 14/2017) and their answers 1-4."""
        fit = (
            self.tr("Tidak sesuai"),
            self.tr("Kurang sesuai"),
            self.tr("Sesuai"),
            self.tr("Sangat sesuai"),
        )
        return {
            "U1": (
                self.tr(
                    "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan "
                    "dengan jenis pelayanannya?"
                ),
                fit,
            ),
            "U2": (
                self.tr(
                    "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?"
                ),
                (
                    self.tr("Tidak mudah"),
                    self.tr("Kurang mudah"),
                    self.tr("Mudah"),
                    self.tr("Sangat mudah"),
                ),
            ),
            "U3": (
                self.tr(
                    "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"
                ),
                (
                    self.tr("Tidak cepat"),
                    self.tr("Kurang cepat"),
                    self.tr("Cepat"),
                    self.tr("Sangat cepat"),
                ),
            ),
            "U4": (
                self.tr(
                    "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?"
                ),
                (
                    self.tr("Sangat mahal"),
                    self.tr("Cukup mahal"),
                    self.tr("Murah"),
                    self.tr("Gratis"),
                ),
            ),
            "U5": (
                self.tr(
                    "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang "
                    "tercantum dalam standar pelayanan dengan hasil yang diberikan?"
                ),
                fit,
            ),
            "U6": (
                self.tr(
                    "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam "
                    "pelayanan?"
                ),
                (
                    self.tr("Tidak kompeten"),
                    self.tr("Kurang kompeten"),
                    self.tr("Kompeten"),
                    self.tr("Sangat kompeten"),
                ),
            ),
            "U7": (
                self.tr(
                    "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait "
                    "kesopanan dan keramahan?"
                ),
                (
                    self.tr("Tidak sopan dan ramah"),
                    self.tr("Kurang sopan dan ramah"),
                    self.tr("Sopan dan ramah"),
                    self.tr("Sangat sopan dan ramah"),
                ),
            ),
            "U8": (
                self.tr(
                    "Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan "
                    "pengguna layanan?"
                ),
                (
                    self.tr("Tidak ada"),
                    self.tr("Ada tetapi tidak berfungsi"),
                    self.tr("Berfungsi kurang maksimal"),
                    self.tr("Dikelola dengan baik"),
                ),
            ),
            "U9": (
                self.tr("Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?"),
                (self.tr("Buruk"), self.tr("Cukup"), self.tr("Baik"), self.tr("Sangat baik")),
            ),
        }

    def _element_names(self) -> list[tuple[str, str]]:
        return [
            ("U1", self.tr("Persyaratan")),
            ("U2", self.tr("Prosedur")),
            ("U3", self.tr("Waktu penyelesaian")),
            ("U4", self.tr("Biaya/tarif")),
            ("U5", self.tr("Produk layanan")),
            ("U6", self.tr("Kompetensi petugas")),
            ("U7", self.tr("Perilaku petugas")),
            ("U8", self.tr("Penanganan pengaduan")),
            ("U9", self.tr("Sarana dan prasarana")),
        ]

    # --- the resident's steps -----------------------------------------------------------------

    def start(self, service_code: str, channel: Channel) -> None:
        """A new, empty survey for ``service_code`` (nothing of an earlier resident left)."""
        self._service_code = service_code
        self._channel = channel
        self._answers = dict.fromkeys(CODES)
        self._visited = set()
        self._stored = False
        self.thanks_timer.stop()
        self.review_message.hide()
        self.send_button.setEnabled(True)
        self._show_question(0)

    def answers(self) -> dict[str, int | None]:
        """The answers so far, keyed by element code (None: skipped or not reached)."""
        return dict(self._answers)

    def current_code(self) -> str:
        return CODES[self._index]

    def answer(self, value: int) -> None:
        """Answer the current question with ``value`` 1-4, and go on."""
        code = CODES[self._index]
        self._answers[code] = value
        self._visited.add(code)
        self._next()

    def skip(self) -> None:
        """ "Lewati": no answer to this question (an earlier one is taken back)."""
        code = CODES[self._index]
        self._answers[code] = None
        self._visited.add(code)
        self._next()

    def back(self) -> None:
        if self._index > 0:
            self._show_question(self._index - 1)

    def skip_survey(self) -> None:
        """ "Lewati Survei": nothing is stored, back to the board."""
        self._answers = dict.fromkeys(CODES)
        self.thanks_timer.stop()
        self.finished.emit(False)

    def send(self) -> None:
        """ "Kirim": one response with the answers given (skipped ones None); then thanks."""
        if self._stored:  # a second tap on "Kirim"
            return
        try:
            stored = self._kiosk.survey.submit(self._service_code, self._channel, self._answers)
        except Exception as err:  # the resident is told, the lane goes on
            log.exception("survey response not stored")
            self.review_message.setText(
                self.tr("Jawaban belum tersimpan: %1").replace("%1", error_text(err))
            )
            self.review_message.show()
            return
        self._stored = stored is not None
        self.send_button.setEnabled(False)
        self.pages.setCurrentWidget(self.thanks_page)
        self.thanks_timer.start()

    # --- showing ------------------------------------------------------------------------------

    def _next(self) -> None:
        if self._index + 1 < len(CODES):
            self._show_question(self._index + 1)
        else:
            self._show_review()

    def _show_question(self, index: int) -> None:
        self._index = index
        code = CODES[index]
        question, labels = self._questions[code]
        name = dict(self._element_names())[code]
        self.element_label.setText(name)
        self.question_label.setText(question)
        chosen = self._answers[code]
        for face, label in zip(self.faces, labels, strict=True):
            face.setText(label)
            face.setChecked(face.answer == chosen)
        self.counter.setText(
            self.tr("%1 dari %2").replace("%1", str(index + 1)).replace("%2", str(len(CODES)))
        )
        self.back_button.setEnabled(index > 0)
        states = [
            "answered"
            if self._answers[c] is not None
            else "skipped"
            if c in self._visited
            else "todo"
            for c in CODES
        ]
        self.progress.set_states(states, index)
        self.pages.setCurrentWidget(self.question_page)

    def _show_review(self) -> None:
        answered = 0
        for code, (_name, label) in self._review_rows.items():
            value = self._answers[code]
            if value is None:
                label.setText(self.tr("— dilewati"))
                set_style_property(label, "answer", "none")
            else:
                answered += 1
                words = self._questions[code][1][value - 1]
                label.setText(f"{'●' * value}{'○' * (4 - value)}  {words}")
                set_style_property(label, "answer", str(value))
        self.send_button.setEnabled(answered > 0)
        if answered:
            self.review_title.setText(self.tr("Periksa jawaban Anda, lalu ketuk “Kirim”"))
        else:
            self.review_title.setText(self.tr("Belum ada pertanyaan yang dijawab"))
        self.pages.setCurrentWidget(self.review_page)

    def _close_thanks(self) -> None:
        self.thanks_timer.stop()
        if self.pages.currentWidget() is self.thanks_page:
            self.finished.emit(self._stored)


class _FaceLabel(QWidget):
    """A large face on its own (the thank-you page)."""

    def __init__(self, answer: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answer = answer
        side = touch_px(self, 45)
        self.setFixedSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        paint_face(painter, QRectF(self.rect()), self._answer)
        painter.end()
