from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("over/", views.over, name="over"),
    path("gezondheid/", views.gezondheid, name="gezondheid"),
]
