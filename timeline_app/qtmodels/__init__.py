"""Qt item models over the domain objects. QtCore and QtGui only: no widgets here."""
