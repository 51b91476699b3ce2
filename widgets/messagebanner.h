// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace gmd {

/// An inline message above the pages (like KMessageWidget): errors that must be seen (folder
/// unreadable, go missing) without a modal dialog. Colours derive from the palette.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };

    explicit MessageBanner(QWidget* parent = nullptr);
    ~MessageBanner() override;

    /// Shows `text` (plain text) as `kind`.
    void showMessage(Kind kind, const QString& text);
    /// Hides the banner.
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    Kind m_kind = Kind::Information;
    bool m_applying = false; ///< our own setPalette() must not re-enter applyColors()
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace gmd
