#pragma once

#include "ConnectionProbe.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QRadioButton;

namespace Rewind {

// Chooses the store to open: a SQLite file, or PostgreSQL by URI, conninfo or service name, with a
// test of the address that runs off the UI thread and a list of the stores opened last.
//
//     ConnectionDialog dialog(this);
//     if (dialog.exec() == QDialog::Accepted) {
//         open(dialog.chosenAddress());
//         RecentStores().add(dialog.chosenAddress()); // once it opened: no failures in the list
//     }
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // Fills the recent list from RecentStores (the application's settings).
    explicit ConnectionDialog(QWidget* parent = nullptr);
    // Fills the recent list from `recentAddresses` instead.
    ConnectionDialog(const QStringList& recentAddresses, QWidget* parent = nullptr);

    // The address to open, as StoreAddress::parse() takes it; empty while the input is not one.
    QString chosenAddress() const;
    // Pre-fills the fields (the store open now) and selects the matching kind.
    void setAddress(const QString& address);
    void setRecentAddresses(const QStringList& addresses);

    bool isTesting() const { return m_probe->isRunning(); }

signals:
    // The test of the connection came back (its text is in the dialog already).
    void testFinished(const Rewind::ProbeResult& result);

private:
    void buildUi();
    void updateState();
    void testConnection();
    void showProbeResult(const ProbeResult& result);
    void browse();
    void useRecent(QListWidgetItem* item, bool open);

    QRadioButton* m_sqliteChoice;
    QRadioButton* m_postgresChoice;
    QLineEdit* m_sqlitePath;
    QPushButton* m_browse;
    QLineEdit* m_postgresAddress;
    QLabel* m_postgresHint;
    QLabel* m_addressProblem;
    QListWidget* m_recent;
    QPushButton* m_test;
    QLabel* m_testResult;
    QDialogButtonBox* m_buttons;
    ConnectionProbe* m_probe;
    QString m_testedAddress; // the address of the test under way, to drop a result for an old one
};

} // namespace Rewind
