(define (problem plan_trial_T20190917_060343_122149)
    (:domain alfred)
    (:objects
        agent1 - agent
        AlarmClockType - otype
        BookType - otype
        ButterKnifeType - otype
        CreditCardType - otype
        DeskLampType - otype
        KnifeType - otype
        WatchType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SafeType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        Watch_bar__plus_01_dot_36_bar__plus_00_dot_12_bar__plus_00_dot_78 - object
        Watch_bar__plus_01_dot_01_bar__plus_01_dot_77_bar__plus_00_dot_93 - object
        Book_bar__plus_01_dot_23_bar__plus_02_dot_44_bar__minus_00_dot_66 - object
        CreditCard_bar__plus_01_dot_27_bar__plus_02_dot_73_bar__plus_01_dot_72 - object
        AlarmClock_bar__plus_00_dot_61_bar__plus_01_dot_55_bar__plus_02_dot_02 - object
        DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16 - object
        Bed_bar__plus_00_dot_81_bar__plus_01_dot_98_bar__minus_00_dot_76 - receptacle
        Desk_bar__minus_03_dot_08_bar__plus_01_dot_02_bar__minus_02_dot_69 - receptacle
        Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24 - receptacle
        Dresser_bar__minus_01_dot_30_bar__plus_01_dot_58_bar__minus_02_dot_83 - receptacle
        GarbageCan_bar__plus_03_dot_43_bar__plus_02_dot_59_bar__minus_02_dot_89 - receptacle
        Safe_bar__minus_02_dot_38_bar__plus_00_dot_30_bar__plus_01_dot_80 - receptacle
        SideTable_bar__minus_01_dot_28_bar__plus_00_dot_94_bar__minus_03_dot_39 - receptacle
        SideTable_bar__plus_01_dot_70_bar__plus_02_dot_40_bar__plus_03_dot_21 - receptacle
        loc_bar_6_bar__minus_8_bar_1_bar_45 - location
        loc_bar_7_bar__minus_3_bar_3_bar_30 - location
        loc_bar_8_bar__minus_3_bar_2_bar__minus_30 - location
        loc_bar__minus_1_bar_1_bar_0_bar_30 - location
        loc_bar__minus_1_bar__minus_4_bar_2_bar__minus_30 - location
        loc_bar__minus_4_bar_4_bar_0_bar_0 - location
        loc_bar__minus_5_bar__minus_4_bar_0_bar__minus_30 - location
        loc_bar__minus_7_bar__minus_1_bar_0_bar__minus_30 - location
        loc_bar__minus_8_bar_4_bar_1_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_1_bar__minus_4_bar_2_bar__minus_30)
        (receptacleType Bed_bar__plus_00_dot_81_bar__plus_01_dot_98_bar__minus_00_dot_76 BedType)
        (receptacleAtLocation Bed_bar__plus_00_dot_81_bar__plus_01_dot_98_bar__minus_00_dot_76 loc_bar_6_bar__minus_8_bar_1_bar_45)
        (receptacleType Desk_bar__minus_03_dot_08_bar__plus_01_dot_02_bar__minus_02_dot_69 DeskType)
        (receptacleAtLocation Desk_bar__minus_03_dot_08_bar__plus_01_dot_02_bar__minus_02_dot_69 loc_bar__minus_5_bar__minus_4_bar_0_bar__minus_30)
        (receptacleType Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24 loc_bar__minus_1_bar_1_bar_0_bar_30)
        (openable Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24)
        (receptacleType Dresser_bar__minus_01_dot_30_bar__plus_01_dot_58_bar__minus_02_dot_83 DresserType)
        (receptacleAtLocation Dresser_bar__minus_01_dot_30_bar__plus_01_dot_58_bar__minus_02_dot_83 loc_bar__minus_7_bar__minus_1_bar_0_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_03_dot_43_bar__plus_02_dot_59_bar__minus_02_dot_89 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_03_dot_43_bar__plus_02_dot_59_bar__minus_02_dot_89 loc_bar__minus_4_bar_4_bar_0_bar_0)
        (receptacleType Safe_bar__minus_02_dot_38_bar__plus_00_dot_30_bar__plus_01_dot_80 SafeType)
        (receptacleAtLocation Safe_bar__minus_02_dot_38_bar__plus_00_dot_30_bar__plus_01_dot_80 loc_bar_7_bar__minus_3_bar_3_bar_30)
        (openable Safe_bar__minus_02_dot_38_bar__plus_00_dot_30_bar__plus_01_dot_80)
        (receptacleType SideTable_bar__minus_01_dot_28_bar__plus_00_dot_94_bar__minus_03_dot_39 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_28_bar__plus_00_dot_94_bar__minus_03_dot_39 loc_bar_8_bar__minus_3_bar_2_bar__minus_30)
        (receptacleType SideTable_bar__plus_01_dot_70_bar__plus_02_dot_40_bar__plus_03_dot_21 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_01_dot_70_bar__plus_02_dot_40_bar__plus_03_dot_21 loc_bar__minus_8_bar_4_bar_1_bar_0)
        (objectType Watch_bar__plus_01_dot_36_bar__plus_00_dot_12_bar__plus_00_dot_78 WatchType)
        (pickupable Watch_bar__plus_01_dot_36_bar__plus_00_dot_12_bar__plus_00_dot_78)
        (inReceptacle Watch_bar__plus_01_dot_36_bar__plus_00_dot_12_bar__plus_00_dot_78 Safe_bar__minus_02_dot_38_bar__plus_00_dot_30_bar__plus_01_dot_80)
        (objectAtLocation Watch_bar__plus_01_dot_36_bar__plus_00_dot_12_bar__plus_00_dot_78 loc_bar_7_bar__minus_3_bar_3_bar_30)
        (objectType Watch_bar__plus_01_dot_01_bar__plus_01_dot_77_bar__plus_00_dot_93 WatchType)
        (pickupable Watch_bar__plus_01_dot_01_bar__plus_01_dot_77_bar__plus_00_dot_93)
        (inReceptacle Watch_bar__plus_01_dot_01_bar__plus_01_dot_77_bar__plus_00_dot_93 Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24)
        (objectAtLocation Watch_bar__plus_01_dot_01_bar__plus_01_dot_77_bar__plus_00_dot_93 loc_bar__minus_1_bar_1_bar_0_bar_30)
        (objectType Book_bar__plus_01_dot_23_bar__plus_02_dot_44_bar__minus_00_dot_66 BookType)
        (pickupable Book_bar__plus_01_dot_23_bar__plus_02_dot_44_bar__minus_00_dot_66)
        (inReceptacle Book_bar__plus_01_dot_23_bar__plus_02_dot_44_bar__minus_00_dot_66 Bed_bar__plus_00_dot_81_bar__plus_01_dot_98_bar__minus_00_dot_76)
        (objectAtLocation Book_bar__plus_01_dot_23_bar__plus_02_dot_44_bar__minus_00_dot_66 loc_bar_6_bar__minus_8_bar_1_bar_45)
        (objectType CreditCard_bar__plus_01_dot_27_bar__plus_02_dot_73_bar__plus_01_dot_72 CreditCardType)
        (pickupable CreditCard_bar__plus_01_dot_27_bar__plus_02_dot_73_bar__plus_01_dot_72)
        (inReceptacle CreditCard_bar__plus_01_dot_27_bar__plus_02_dot_73_bar__plus_01_dot_72 Drawer_bar__plus_00_dot_57_bar__plus_03_dot_27_bar__plus_02_dot_24)
        (objectAtLocation CreditCard_bar__plus_01_dot_27_bar__plus_02_dot_73_bar__plus_01_dot_72 loc_bar__minus_1_bar_1_bar_0_bar_30)
        (objectType AlarmClock_bar__plus_00_dot_61_bar__plus_01_dot_55_bar__plus_02_dot_02 AlarmClockType)
        (pickupable AlarmClock_bar__plus_00_dot_61_bar__plus_01_dot_55_bar__plus_02_dot_02)
        (inReceptacle AlarmClock_bar__plus_00_dot_61_bar__plus_01_dot_55_bar__plus_02_dot_02 Dresser_bar__minus_01_dot_30_bar__plus_01_dot_58_bar__minus_02_dot_83)
        (objectAtLocation AlarmClock_bar__plus_00_dot_61_bar__plus_01_dot_55_bar__plus_02_dot_02 loc_bar__minus_7_bar__minus_1_bar_0_bar__minus_30)
        (objectType DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16)
        (inReceptacle DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16 Dresser_bar__minus_01_dot_30_bar__plus_01_dot_58_bar__minus_02_dot_83)
        (objectAtLocation DeskLamp_bar__minus_00_dot_16_bar__plus_02_dot_26_bar__minus_01_dot_16 loc_bar__minus_7_bar__minus_1_bar_0_bar__minus_30)
        (canContain BedType BookType)
        (canContain DeskType AlarmClockType)
        (canContain DeskType BookType)
        (canContain DeskType CreditCardType)
        (canContain DeskType WatchType)
        (canContain DrawerType BookType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType WatchType)
        (canContain DresserType AlarmClockType)
        (canContain DresserType BookType)
        (canContain DresserType CreditCardType)
        (canContain DresserType WatchType)
        (canContain SafeType CreditCardType)
        (canContain SafeType WatchType)
        (canContain SideTableType AlarmClockType)
        (canContain SideTableType BookType)
        (canContain SideTableType CreditCardType)
        (canContain SideTableType WatchType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 WatchType)
                                    (receptacleType ?r SideTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 WatchType)
                                            (receptacleType ?r SideTableType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
