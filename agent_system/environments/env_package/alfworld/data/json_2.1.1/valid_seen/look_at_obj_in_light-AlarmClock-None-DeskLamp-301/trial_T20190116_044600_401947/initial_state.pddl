(define (problem plan_trial_T20190116_044600_401947)
    (:domain alfred)
    (:objects
        agent1 - agent
        AlarmClockType - otype
        BowlType - otype
        ButterKnifeType - otype
        CreditCardType - otype
        DeskLampType - otype
        KnifeType - otype
        ArmChairType - rtype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SafeType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        AlarmClock_bar__minus_00_dot_13_bar__plus_01_dot_51_bar__plus_01_dot_20 - object
        AlarmClock_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_00_dot_92 - object
        CreditCard_bar__minus_01_dot_47_bar__plus_01_dot_52_bar__plus_02_dot_48 - object
        Bowl_bar__plus_03_dot_37_bar__plus_01_dot_35_bar__plus_00_dot_41 - object
        DeskLamp_bar__minus_01_dot_13_bar__plus_02_dot_67_bar__minus_00_dot_65 - object
        ArmChair_bar__plus_03_dot_30_bar__plus_01_dot_67_bar__plus_03_dot_07 - receptacle
        Bed_bar__minus_03_dot_08_bar__plus_01_dot_70_bar__minus_00_dot_87 - receptacle
        Desk_bar__minus_00_dot_37_bar__plus_01_dot_99_bar__minus_02_dot_54 - receptacle
        Drawer_bar__minus_01_dot_36_bar__plus_01_dot_17_bar__minus_02_dot_39 - receptacle
        Drawer_bar__minus_00_dot_19_bar__plus_01_dot_72_bar__plus_01_dot_93 - receptacle
        GarbageCan_bar__minus_00_dot_51_bar__plus_02_dot_50_bar__plus_00_dot_50 - receptacle
        Safe_bar__minus_02_dot_88_bar__plus_02_dot_82_bar__plus_02_dot_39 - receptacle
        SideTable_bar__plus_02_dot_96_bar__plus_00_dot_37_bar__plus_00_dot_53 - receptacle
        loc_bar_1_bar__minus_4_bar_2_bar_15 - location
        loc_bar_6_bar__minus_9_bar_1_bar_60 - location
        loc_bar_7_bar_9_bar_0_bar_0 - location
        loc_bar_8_bar_1_bar_0_bar_45 - location
        loc_bar__minus_2_bar_8_bar_0_bar_45 - location
        loc_bar__minus_5_bar_8_bar_2_bar_0 - location
        loc_bar__minus_5_bar__minus_3_bar_2_bar__minus_30 - location
        loc_bar__minus_6_bar__minus_3_bar_2_bar_15 - location
        loc_bar__minus_7_bar__minus_4_bar_0_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_6_bar__minus_9_bar_1_bar_60)
        (receptacleType ArmChair_bar__plus_03_dot_30_bar__plus_01_dot_67_bar__plus_03_dot_07 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_03_dot_30_bar__plus_01_dot_67_bar__plus_03_dot_07 loc_bar__minus_5_bar__minus_3_bar_2_bar__minus_30)
        (receptacleType Bed_bar__minus_03_dot_08_bar__plus_01_dot_70_bar__minus_00_dot_87 BedType)
        (receptacleAtLocation Bed_bar__minus_03_dot_08_bar__plus_01_dot_70_bar__minus_00_dot_87 loc_bar__minus_7_bar__minus_4_bar_0_bar_30)
        (receptacleType Desk_bar__minus_00_dot_37_bar__plus_01_dot_99_bar__minus_02_dot_54 DeskType)
        (receptacleAtLocation Desk_bar__minus_00_dot_37_bar__plus_01_dot_99_bar__minus_02_dot_54 loc_bar__minus_5_bar_8_bar_2_bar_0)
        (receptacleType Drawer_bar__minus_01_dot_36_bar__plus_01_dot_17_bar__minus_02_dot_39 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_36_bar__plus_01_dot_17_bar__minus_02_dot_39 loc_bar_1_bar__minus_4_bar_2_bar_15)
        (openable Drawer_bar__minus_01_dot_36_bar__plus_01_dot_17_bar__minus_02_dot_39)
        (receptacleType Drawer_bar__minus_00_dot_19_bar__plus_01_dot_72_bar__plus_01_dot_93 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_19_bar__plus_01_dot_72_bar__plus_01_dot_93 loc_bar__minus_2_bar_8_bar_0_bar_45)
        (openable Drawer_bar__minus_00_dot_19_bar__plus_01_dot_72_bar__plus_01_dot_93)
        (receptacleType GarbageCan_bar__minus_00_dot_51_bar__plus_02_dot_50_bar__plus_00_dot_50 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_51_bar__plus_02_dot_50_bar__plus_00_dot_50 loc_bar_8_bar_1_bar_0_bar_45)
        (receptacleType Safe_bar__minus_02_dot_88_bar__plus_02_dot_82_bar__plus_02_dot_39 SafeType)
        (receptacleAtLocation Safe_bar__minus_02_dot_88_bar__plus_02_dot_82_bar__plus_02_dot_39 loc_bar_7_bar_9_bar_0_bar_0)
        (openable Safe_bar__minus_02_dot_88_bar__plus_02_dot_82_bar__plus_02_dot_39)
        (receptacleType SideTable_bar__plus_02_dot_96_bar__plus_00_dot_37_bar__plus_00_dot_53 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_02_dot_96_bar__plus_00_dot_37_bar__plus_00_dot_53 loc_bar__minus_6_bar__minus_3_bar_2_bar_15)
        (objectType AlarmClock_bar__minus_00_dot_13_bar__plus_01_dot_51_bar__plus_01_dot_20 AlarmClockType)
        (pickupable AlarmClock_bar__minus_00_dot_13_bar__plus_01_dot_51_bar__plus_01_dot_20)
        (inReceptacle AlarmClock_bar__minus_00_dot_13_bar__plus_01_dot_51_bar__plus_01_dot_20 Desk_bar__minus_00_dot_37_bar__plus_01_dot_99_bar__minus_02_dot_54)
        (objectAtLocation AlarmClock_bar__minus_00_dot_13_bar__plus_01_dot_51_bar__plus_01_dot_20 loc_bar__minus_5_bar_8_bar_2_bar_0)
        (objectType AlarmClock_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_00_dot_92 AlarmClockType)
        (pickupable AlarmClock_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_00_dot_92)
        (inReceptacle AlarmClock_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_00_dot_92 Desk_bar__minus_00_dot_37_bar__plus_01_dot_99_bar__minus_02_dot_54)
        (objectAtLocation AlarmClock_bar__minus_03_dot_00_bar__plus_01_dot_18_bar__plus_00_dot_92 loc_bar__minus_5_bar_8_bar_2_bar_0)
        (objectType CreditCard_bar__minus_01_dot_47_bar__plus_01_dot_52_bar__plus_02_dot_48 CreditCardType)
        (pickupable CreditCard_bar__minus_01_dot_47_bar__plus_01_dot_52_bar__plus_02_dot_48)
        (inReceptacle CreditCard_bar__minus_01_dot_47_bar__plus_01_dot_52_bar__plus_02_dot_48 SideTable_bar__plus_02_dot_96_bar__plus_00_dot_37_bar__plus_00_dot_53)
        (objectAtLocation CreditCard_bar__minus_01_dot_47_bar__plus_01_dot_52_bar__plus_02_dot_48 loc_bar__minus_6_bar__minus_3_bar_2_bar_15)
        (objectType Bowl_bar__plus_03_dot_37_bar__plus_01_dot_35_bar__plus_00_dot_41 BowlType)
        (pickupable Bowl_bar__plus_03_dot_37_bar__plus_01_dot_35_bar__plus_00_dot_41)
        (cleanable Bowl_bar__plus_03_dot_37_bar__plus_01_dot_35_bar__plus_00_dot_41)
        (coolable Bowl_bar__plus_03_dot_37_bar__plus_01_dot_35_bar__plus_00_dot_41)
        (inReceptacle Bowl_bar__plus_03_dot_37_bar__plus_01_dot_35_bar__plus_00_dot_41 SideTable_bar__plus_02_dot_96_bar__plus_00_dot_37_bar__plus_00_dot_53)
        (objectAtLocation Bowl_bar__plus_03_dot_37_bar__plus_01_dot_35_bar__plus_00_dot_41 loc_bar__minus_6_bar__minus_3_bar_2_bar_15)
        (objectType DeskLamp_bar__minus_01_dot_13_bar__plus_02_dot_67_bar__minus_00_dot_65 DeskLampType)
        (toggleable DeskLamp_bar__minus_01_dot_13_bar__plus_02_dot_67_bar__minus_00_dot_65)
        (inReceptacle DeskLamp_bar__minus_01_dot_13_bar__plus_02_dot_67_bar__minus_00_dot_65 SideTable_bar__plus_02_dot_96_bar__plus_00_dot_37_bar__plus_00_dot_53)
        (objectAtLocation DeskLamp_bar__minus_01_dot_13_bar__plus_02_dot_67_bar__minus_00_dot_65 loc_bar__minus_6_bar__minus_3_bar_2_bar_15)
        (canContain ArmChairType CreditCardType)
        (canContain DeskType AlarmClockType)
        (canContain DeskType BowlType)
        (canContain DeskType CreditCardType)
        (canContain DrawerType CreditCardType)
        (canContain SafeType CreditCardType)
        (canContain SideTableType AlarmClockType)
        (canContain SideTableType BowlType)
        (canContain SideTableType CreditCardType)
    )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o AlarmClockType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
